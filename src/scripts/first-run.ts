/* Run by `npm start` / `npm run dev` before the web server: `payload run src/scripts/first-run.ts`. */
import { getPayload } from 'payload'

import { optimizeDatabase } from '../db/optimize'
import { firstRun } from '../seed/firstRun'
import config from '../payload.config'

const payload = await getPayload({ config })
await firstRun(payload)
await optimizeDatabase(payload)
await payload.destroy()
process.exit(0)
