'use client'

/** Opens the browser's print dialog (the page prints without it too: Ctrl+P). */
export function PrintButton() {
  return (
    <button type="button" className="btn btn--style-primary btn--size-medium" onClick={() => window.print()}>
      Imprimer
    </button>
  )
}
