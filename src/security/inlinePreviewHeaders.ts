/**
 * Headers of a citizen's PDF or image opened for preview by the staff (decision 0053): shown by the
 * browser (inline) in its own tab, never sniffed into another type, never cached by a shared
 * cache, and nothing of ours may run or load in it. No `sandbox`: a sandboxed document cannot host
 * the browser's PDF viewer. Only the content types checked at upload get here.
 */
export const PREVIEW_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const

export function inlinePreviewHeaders(mimeType: string, fileName: string): Headers {
  return new Headers({
    'Content-Type': mimeType,
    'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
    'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  })
}
