import { after } from 'next/server'

import { runInBackground } from '@/intake/backgroundQueue'
import { handleFormStep } from '@/intake/formStep'
import { sitePayload } from '@/site/payload'

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  // E-mails leave after the response, one job per turn of the loop: the receipt does not wait for
  // them, and at a rush the next posts are read between two of them (decision 0075).
  return handleFormStep(await sitePayload(), slug, request, (job) => after(() => runInBackground(job)))
}
