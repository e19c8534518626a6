import type { TaskConfig } from 'payload'

import { purgeAbandonedUploads } from '../submissions/retention'

/**
 * Hourly: expired form sessions, and files that no request and no live session refers to once an
 * hour old (refused or abandoned posts, junk sent to fill the disk). Runs on the queue the web
 * server runs every hour (payload.config.ts autoRun, queue "nightly"). Decision 0021.
 */
export const purgeAbandonedUploadsTask: TaskConfig<{ input: object; output: { sessions: number; files: number } }> = {
  slug: 'purgeAbandonedUploads',
  label: 'Suppression des fichiers et saisies abandonnés',
  retries: 1,
  schedule: [{ cron: '0 * * * *', queue: 'nightly' }],
  handler: async ({ req }) => ({ output: await purgeAbandonedUploads(req.payload) }),
  outputSchema: [
    { name: 'sessions', type: 'number' },
    { name: 'files', type: 'number' },
  ],
}
