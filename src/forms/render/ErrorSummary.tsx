import { inputId } from '../paths'

/**
 * "Il y a un problème" at the top of the step (GOV.UK / DSFR pattern): focused on load, one link
 * per message to its field. autoFocus works without JavaScript in current browsers.
 */
export function ErrorSummary({ errors }: { errors: Record<string, string> }) {
  const entries = Object.entries(errors)
  if (!entries.length) return null
  return (
    <div className="error-summary" role="alert" aria-labelledby="resume-erreurs-titre" tabIndex={-1} autoFocus>
      <h2 id="resume-erreurs-titre">Il y a {entries.length > 1 ? `${entries.length} problèmes` : 'un problème'}</h2>
      <ul>
        {entries.map(([name, message]) => (
          <li key={name}>
            <a href={`#${inputId(name)}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
