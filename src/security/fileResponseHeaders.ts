/**
 * Headers of a stored file served by Payload's file route (upload `modifyResponseHeaders`).
 * Citizens' files are never rendered by the browser on the portal's origin: always a download,
 * never sniffed, never cached by a shared cache, and sandboxed should a browser render one anyway.
 * Decision 0020.
 */
export function privateDownloadHeaders({ headers }: { headers: Headers }): Headers {
  headers.set('Content-Disposition', 'attachment')
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Cache-Control', 'private, no-store')
  headers.set('Content-Security-Policy', "default-src 'none'; sandbox")
  return headers
}

/** Public images: shown inline, but never sniffed into another type; anything not a raster image is a sandboxed download. */
export function publicImageHeaders({ headers }: { headers: Headers }): Headers {
  headers.set('X-Content-Type-Options', 'nosniff')
  const type = headers.get('Content-Type') ?? ''
  if (!/^image\/(png|jpeg|webp|gif)$/.test(type)) {
    headers.set('Content-Disposition', 'attachment')
    headers.set('Content-Security-Policy', "default-src 'none'; sandbox")
  }
  return headers
}
