export interface CalloutProps {
  variant?: 'info' | 'important' | null
  title?: string | null
  text: string
}

const DEFAULT_TITLES = { info: 'À savoir', important: 'Important' } as const

export function Callout({ variant, title, text }: CalloutProps) {
  const kind = variant === 'important' ? 'important' : 'info'
  return (
    <aside className={`callout callout--${kind}`} aria-label={title || DEFAULT_TITLES[kind]}>
      <p className="callout__title">{title || DEFAULT_TITLES[kind]}</p>
      <p>{text}</p>
    </aside>
  )
}
