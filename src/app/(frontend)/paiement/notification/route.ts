import { handlePaymentNotification } from '@/intake/paymentNotification'
import { sitePayload } from '@/site/payload'

export async function POST(request: Request) {
  return handlePaymentNotification(await sitePayload(), request)
}
