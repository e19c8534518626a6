import config from '@payload-config'
import { getPayload } from 'payload'

/** The Payload Local API for server components (one instance per process). */
export const sitePayload = () => getPayload({ config })
