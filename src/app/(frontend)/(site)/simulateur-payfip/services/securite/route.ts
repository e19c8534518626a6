import { simulatorSoapEndpoint, simulatorSoapGet } from '@/payment/simulator/http'
import { sitePayload } from '@/site/payload'

export const GET = () => simulatorSoapGet()
export const POST = (request: Request) => simulatorSoapEndpoint(sitePayload, request)
