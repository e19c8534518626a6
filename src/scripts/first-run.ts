/* Run by `npm start` / `npm run dev` before the web server: `payload run src/scripts/first-run.ts [migrate]`. */
import { getPayload } from 'payload'

import { optimizeDatabase } from '../db/optimize'
import { firstRun } from '../seed/firstRun'
import config from '../payload.config'

// `migrate` (SQLite, from start.mjs): the committed migrations first, as `payload migrate` does —
// no schema push while connecting — in this same process.
const migrate = process.argv.includes('migrate') // positional: `payload run` keeps no flags
if (migrate) process.env.PAYLOAD_MIGRATING = 'true'
const payload = await getPayload({ config })
if (migrate) await payload.db.migrate()
await firstRun(payload)
await optimizeDatabase(payload)
await payload.destroy()
process.exit(0)
