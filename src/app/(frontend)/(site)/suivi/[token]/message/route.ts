import { handleFollowUpMessage } from '@/intake/followUpMessage'
import { sitePayload } from '@/site/payload'

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  return handleFollowUpMessage(await sitePayload(), token, request)
}
