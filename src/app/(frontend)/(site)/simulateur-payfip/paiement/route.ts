import { simulatorPaymentChoice, simulatorPaymentPage } from '@/payment/simulator/http'
import { sitePayload } from '@/site/payload'

export const GET = (request: Request) => simulatorPaymentPage(sitePayload, request)
export const POST = (request: Request) => simulatorPaymentChoice(sitePayload, request)
