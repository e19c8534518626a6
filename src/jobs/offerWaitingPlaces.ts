import type { TaskConfig } from 'payload'

import { offerFreedPlaces } from '../ticketing/waitingList'

/**
 * Every minute: places back on sale (a lapsed hold or offer, a cancellation by staff) are offered
 * to the waiting lists. A citizen's own cancellation offers them at once (followUpCancellation.ts).
 * Runs on the queue the web server runs every minute (portalConfig.ts autoRun, queue "minute").
 */
export const offerWaitingPlacesTask: TaskConfig<{ input: object; output: { offers: number } }> = {
  slug: 'offerWaitingPlaces',
  label: 'Places libérées proposées aux listes d’attente',
  retries: 1,
  schedule: [{ cron: '* * * * *', queue: 'minute' }],
  handler: async ({ req }) => ({ output: { offers: await offerFreedPlaces(req.payload) } }),
  outputSchema: [{ name: 'offers', type: 'number' }],
}
