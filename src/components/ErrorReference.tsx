import { REFERENCE_HINT, REFERENCE_LABEL } from '@/security/problemPage'

/**
 * The reference a citizen quotes when they call the town about a problem page: the request's id
 * (not-found pages), or the error's digest (a navigation that failed in the browser). The same
 * string finds the server's log line (decision 0071).
 */
export function ErrorReference({ reference }: { reference: string | null | undefined }) {
  if (!reference) return null
  return (
    <p className="error-reference">
      {REFERENCE_LABEL}
      <code>{reference}</code>
      <br />
      {REFERENCE_HINT}
    </p>
  )
}
