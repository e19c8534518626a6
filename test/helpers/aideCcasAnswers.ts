/** A complete, valid set of answers to the demo form "aide-ccas" (src/seed/data/forms.ts), for fixtures. */
export const AIDE_CCAS_ANSWERS = {
  identite: { civilite: 'madame', nom: 'Le Floch', prenoms: 'Maryvonne', dateNaissance: '1968-04-12', lieuNaissance: 'Vannes' },
  adresse: { rue: '4 impasse des Ajoncs', codePostal: '56890', commune: 'Kerlann' },
  telephone: '+33698765432',
  courriel: 'maryvonne@example.fr',
  situation: 'seul_e',
  ressources: 900,
  nature: ['energie'],
  explication: 'Facture',
  consentement: true,
}
