/**
 * A link an editor may put on the site: a path of the site (`/urbanisme/plu`) or an `https://`
 * address. Not `//host` (protocol-relative: another site), nor `http:`, `javascript:`, `mailto:`.
 */
export const INTERNAL_OR_HTTPS_LINK = /^(\/(?![/\\])[^\s]*|https:\/\/[^\s/]+[^\s]*)$/

export const isInternalOrHttpsLink = (value: string | null | undefined): value is string => Boolean(value && INTERNAL_OR_HTTPS_LINK.test(value))

/** Payload `validate` for such a link (French message). */
export const internalOrHttpsLink = (value: string | null | undefined) =>
  isInternalOrHttpsLink(value) ? true : 'Saisissez un chemin du site (ex. : /demarches) ou une adresse qui commence par https://'
