import type { Page } from 'playwright-core'

/**
 * From a follow-up page: "Payer … en ligne", then the outcome picked on the PayFiP simulator's
 * page, then back on the follow-up page (the real redirects: a browser with or without JavaScript).
 */
export async function payOnline(page: Page, outcome: RegExp = /^Carte acceptée/): Promise<void> {
  await Promise.all([page.waitForURL(/\/simulateur-payfip\/paiement\?idop=/), page.getByRole('button', { name: /^Payer .+ en ligne$/ }).click()])
  await page.getByLabel(outcome).check()
  await Promise.all([page.waitForURL(/\/suivi\/[^/?]+\?paiement=/), page.getByRole('button', { name: 'Valider' }).click()])
}
