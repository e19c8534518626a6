/*
 * Run once per jest run by test/int/globalSetup.ts: `payload run test/helpers/prepareDemoDatabase.ts`
 * on DATABASE_URL (a SQLite file) and UPLOADS_DIR — the schema pushed as in the tests, then the demo
 * town (seedDemo). Suites that need the town copy the result (bootPayload({ demo: true })).
 */
import { getPayload } from 'payload'

import config from '../../src/payload.config'
import { seedDemo } from '../../src/seed/index'

const payload = await getPayload({ config })
await seedDemo(payload)
await payload.destroy()
process.exit(0)
