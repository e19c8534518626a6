import { problemResponse } from '../security/problemResponse'
import { allowPost, antiAbuseSettings, clientIp, HONEYPOT_NAME, tooLargeMessage } from './antiAbuse'
import { readLimitedFormData, RequestTooLargeError } from './limitedFormData'

/** Where a refusal page sends the citizen back to (a path of the site), and its words. */
export interface WayBack {
  href: string
  label: string
}

/** A French problem page for a refused citizen post (every value escaped), with its way back. */
export const refusal = (status: number, title: string, message: string, back?: WayBack): Response => problemResponse(status, title, message, { back })

/**
 * The guard every citizen post goes through (decision 0035), in two halves around the handler's
 * own lookup (the form, the request) so that nothing is read for an unknown one:
 * - `admitPost`: a declared size over the limit (413) and the per-address rate (429), before
 *   anything is read;
 * - `readPost`: the body, counted while it is read (413 past the limit, 400 unreadable), then the
 *   honeypot (400).
 * Each refusal is a French page linking back to where the citizen's answers are kept (`back` is
 * only worked out for a refusal).
 */
export async function admitPost(request: Request, back: () => WayBack | undefined): Promise<{ ip: string; refused?: Response }> {
  const { maxRequestBytes } = antiAbuseSettings()
  const ip = clientIp(request.headers)
  // A body sent without Content-Length (chunked) is counted while readPost reads it.
  if (Number(request.headers.get('content-length') ?? 0) > maxRequestBytes) return { ip, refused: tooLarge(maxRequestBytes, back()) }
  if (!(await allowPost(ip))) {
    return { ip, refused: refusal(429, 'Trop de tentatives', 'Vous avez envoyé beaucoup de formulaires en peu de temps. Patientez une minute puis recommencez.', back()) }
  }
  return { ip }
}

/** Reads the admitted post's body within the size limit and checks the honeypot; `back` may use what was read. */
export async function readPost(request: Request, back: (data?: FormData) => WayBack | undefined): Promise<{ data: FormData; refused?: undefined } | { refused: Response }> {
  const { maxRequestBytes } = antiAbuseSettings()
  let data: FormData
  try {
    data = await readLimitedFormData(request, maxRequestBytes)
  } catch (error) {
    if (error instanceof RequestTooLargeError) return { refused: tooLarge(maxRequestBytes, back()) }
    return { refused: refusal(400, 'Envoi illisible', "Les informations envoyées n'ont pas pu être lues. Recommencez depuis la page.", back()) }
  }
  if (String(data.get(HONEYPOT_NAME) ?? '').trim()) {
    return {
      refused: refusal(400, 'Envoi refusé', "L'envoi a été refusé par notre protection contre les robots. Si vous êtes une personne, recommencez sans remplir le champ caché.", back(data)),
    }
  }
  return { data }
}

const tooLarge = (maxRequestBytes: number, back: WayBack | undefined) => refusal(413, 'Envoi trop volumineux', tooLargeMessage(maxRequestBytes), back)
