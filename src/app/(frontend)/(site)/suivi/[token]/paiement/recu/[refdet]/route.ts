import { handlePaidReceipt } from '@/intake/paidReceipt'
import { sitePayload } from '@/site/payload'

export async function GET(request: Request, { params }: { params: Promise<{ token: string; refdet: string }> }) {
  const { token, refdet } = await params
  return handlePaidReceipt(await sitePayload(), token, refdet, request)
}
