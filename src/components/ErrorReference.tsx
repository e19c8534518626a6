/**
 * The reference a citizen quotes when they call the town about a problem page: the request's id
 * (404) or the error's digest (500). The same string finds the server's log line (decision 0071).
 */
export function ErrorReference({ reference }: { reference: string | null | undefined }) {
  if (!reference) return null
  return (
    <p className="error-reference">
      Référence d’erreur : <code>{reference}</code>
      <br />
      Si vous contactez la mairie à ce sujet, indiquez cette référence.
    </p>
  )
}
