import Link from 'next/link'

/** Numbered pages with previous/next; the current page is marked aria-current="page". */
export function Pagination({ page, totalPages, href }: { page: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null
  const shown = pagesToShow(page, totalPages)
  return (
    <nav aria-label="Pagination" className="pagination">
      <ul>
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev">
              <span aria-hidden="true">‹ </span>Page précédente
            </Link>
          </li>
        ) : null}
        {shown.map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <Link href={href(n)} aria-current={n === page ? 'page' : undefined} aria-label={`Page ${n}${n === page ? ', page actuelle' : ''}`}>
                {n}
              </Link>
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <Link href={href(page + 1)} rel="next">
              Page suivante<span aria-hidden="true"> ›</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}

/** 1 … 4 5 [6] 7 8 … 20: first, last and two around the current page; null is a gap. */
export function pagesToShow(page: number, totalPages: number): Array<number | null> {
  const wanted = new Set([1, totalPages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= totalPages))
  const sorted = [...wanted].sort((a, b) => a - b)
  const result: Array<number | null> = []
  for (const n of sorted) {
    const previous = result.at(-1)
    if (typeof previous === 'number' && n - previous > 1) result.push(null)
    result.push(n)
  }
  return result
}
