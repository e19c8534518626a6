import { handleCitizenMessage } from '@/submissions/citizenMessage'
import { sitePayload } from '@/site/payload'

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  return handleCitizenMessage(await sitePayload(), token, request)
}
