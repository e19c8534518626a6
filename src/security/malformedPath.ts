/**
 * Addresses whose percent-escapes do not decode (`%ZZ`, a cut or invalid UTF-8 sequence such as
 * `%E0%A4%A`) are the visitor's mistake: answered 400/404 in French, never passed on to code that
 * would throw while decoding them.
 */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

