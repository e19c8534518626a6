import { handleFollowUpPayment } from '@/intake/followUpPayment'
import { sitePayload } from '@/site/payload'

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  return handleFollowUpPayment(await sitePayload(), token, request)
}
