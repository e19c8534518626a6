import { handleStepPost } from '@/forms/handleStepPost'
import { sitePayload } from '@/site/payload'

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return handleStepPost(await sitePayload(), slug, request)
}
