import type { Page } from 'playwright-core'

export interface ContactAnswers {
  nom: string
  prenom: string
  courriel: string
  /** The subject's label, as the citizen picks it */
  objet: string
  message: string
}

/** Fills the demo town's contact form (/formulaires/contacter-la-mairie), consent ticked. */
export async function fillContactForm(page: Page, answers: ContactAnswers): Promise<void> {
  await page.fill('#champ-nom', answers.nom)
  await page.fill('#champ-prenom', answers.prenom)
  await page.fill('#champ-courriel', answers.courriel)
  await page.selectOption('#champ-objet', { label: answers.objet })
  await page.fill('#champ-message', answers.message)
  await page.locator('#champ-consentement').check()
}
