import { handlePaymentReturn } from '@/intake/followUpPayment'
import { sitePayload } from '@/site/payload'

type Params = { params: Promise<{ token: string }> }

// PayFiP sends the citizen back with a GET or a POST: both only show the real state.
export async function GET(request: Request, { params }: Params) {
  return handlePaymentReturn(await sitePayload(), (await params).token, request)
}

export async function POST(request: Request, { params }: Params) {
  return handlePaymentReturn(await sitePayload(), (await params).token, request)
}
