import { after } from 'next/server'

import { handleFormStep } from '@/intake/formStep'
import { sitePayload } from '@/site/payload'

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  // E-mails leave right after the response: the receipt does not wait for them.
  return handleFormStep(await sitePayload(), slug, request, (job) => after(job))
}
