import { handleReceiptPdf } from '@/intake/receiptPdf'
import { sitePayload } from '@/site/payload'

/** The request's récépissé (PDF): src/intake/receiptPdf.ts. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return handleReceiptPdf(await sitePayload(), (await params).token, request)
}
