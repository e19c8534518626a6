import type { TaskConfig } from 'payload'

import { optimizeDatabase } from '../db/optimize'
import { purgeAbandonedUploads, purgeExpiredRequests } from '../submissions/retention'

/**
 * Nightly (03:30, Paris time of the server): RGPD retention purge of closed requests, then database
 * upkeep. Abandoned uploads go every hour (purgeAbandonedUploads.ts), and once more here.
 */
export const purgeExpiredRequestsTask: TaskConfig<'purgeExpiredRequests'> = {
  slug: 'purgeExpiredRequests',
  label: 'Suppression des demandes après leur durée de conservation',
  retries: 2,
  schedule: [{ cron: '30 3 * * *', queue: 'nightly' }],
  handler: async ({ req }) => {
    const report = await purgeExpiredRequests(req.payload)
    const abandoned = await purgeAbandonedUploads(req.payload)
    await optimizeDatabase(req.payload) // statistics follow a day of new and deleted requests
    return { output: { deleted: report.deleted, files: report.files + abandoned.files } }
  },
  outputSchema: [
    { name: 'deleted', type: 'number' },
    { name: 'files', type: 'number' },
  ],
}
