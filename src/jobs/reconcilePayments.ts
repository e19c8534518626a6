import type { TaskConfig } from 'payload'

import { reconcilePayments } from '../payment/reconcile'

/**
 * Every minute: payments whose notification never came are settled by asking PayFiP, expired
 * operations closed, unpaid orders past their window cancelled (src/payment/reconcile.ts).
 * Runs on the queue the web server runs every minute (portalConfig.ts autoRun, queue "minute").
 */
export const reconcilePaymentsTask: TaskConfig<{ input: object; output: { settled: number; released: number } }> = {
  slug: 'reconcilePayments',
  label: 'Rapprochement des paiements en ligne',
  retries: 1,
  schedule: [{ cron: '* * * * *', queue: 'minute' }],
  handler: async ({ req }) => {
    const report = await reconcilePayments(req.payload)
    return { output: { settled: report.settled + report.lapsed + report.resumed, released: report.released } }
  },
  outputSchema: [
    { name: 'settled', type: 'number' },
    { name: 'released', type: 'number' },
  ],
}
