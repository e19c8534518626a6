import { isScanAnswer, type ScanAnswer } from './doorVerdict'

export type ScanOutcome = { kind: 'verdict'; answer: ScanAnswer } | { kind: 'signed-out' } | { kind: 'failed' }

/** A scan answered within this time or reported as failed: the door must not wait on a lost network. */
const SCAN_TIMEOUT_MS = 10_000

/**
 * Sends the door's form to /controle/scan as the browser would, with `code` as the ticket's code,
 * asking for the verdict as JSON instead of the page it redirects to: the page, and its camera,
 * stay. "signed-out": the session ended, nothing was judged (the form can be sent for real, the
 * server's French page says to log in again).
 */
export async function postScan(form: HTMLFormElement, code: string): Promise<ScanOutcome> {
  const fields = new URLSearchParams()
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') fields.append(name, value)
  fields.set('code', code)
  let response: Response
  try {
    response = await fetch(form.action, {
      method: 'POST',
      body: fields,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store',
      signal: AbortSignal.timeout(SCAN_TIMEOUT_MS),
    })
  } catch {
    return { kind: 'failed' }
  }
  if (response.status === 401 || response.status === 403) return { kind: 'signed-out' }
  const body: unknown = response.ok ? await response.json().catch(() => null) : null
  return isScanAnswer(body) ? { kind: 'verdict', answer: body } : { kind: 'failed' }
}
