/**
 * A PDF for the holder of a private link only (tickets, récépissé, payment receipt): downloaded,
 * never cached by the browser or a proxy, and its address never sent on as a referrer.
 */
export function privatePdfResponse(pdf: Uint8Array, filename: string): Response {
  return new Response(Buffer.from(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
    },
  })
}
