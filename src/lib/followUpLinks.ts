import { publicUrl } from './publicUrl'

/**
 * The citizen's private follow-up links, built in one place: the page, where its message form
 * posts, and the full address sent by e-mail. The token is a secure token (letters, digits, - and
 * _), encoded anyway so that no value can leave the path.
 */
export const followUpLinks = {
  page: (token: string, confirmation = false) => `/suivi/${encodeURIComponent(token)}${confirmation ? '?confirmation=1' : ''}`,
  message: (token: string) => `/suivi/${encodeURIComponent(token)}/message`,
  url: (token: string) => `${publicUrl()}/suivi/${encodeURIComponent(token)}`,
}
