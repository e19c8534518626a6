import { handleFollowUpCancellation } from '@/intake/followUpCancellation'
import { sitePayload } from '@/site/payload'

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  return handleFollowUpCancellation(await sitePayload(), token, request)
}
