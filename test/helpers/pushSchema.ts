/* `payload run test/helpers/pushSchema.ts` with NODE_ENV=test: pushes the collections' schema to DATABASE_URL, then exits. */
import { getPayload } from 'payload'

import config from '../../src/payload.config'

const payload = await getPayload({ config })
await payload.destroy()
process.exit(0)
