// The benchmark's 12-field form (our field blocks) and one valid set of answers to it.

const opt = (labels) => labels.map((label) => ({ label, value: label.toLowerCase() }))
export const ourFields = [
  { blockType: 'text', label: 'Nom', name: 'nom', required: true },
  { blockType: 'text', label: 'Prénom', name: 'prenom', required: true },
  { blockType: 'email', label: 'Courriel', name: 'courriel', required: true },
  { blockType: 'telephone', label: 'Téléphone', name: 'telephone', required: true },
  { blockType: 'number', label: 'Âge', name: 'age', min: 16, max: 120, required: true },
  { blockType: 'date', label: 'Date souhaitée', name: 'date_souhaitee', required: true },
  { blockType: 'select', label: 'Objet', name: 'objet', options: opt(['Urbanisme', 'Voirie', 'Autre']), required: true },
  { blockType: 'radio', label: 'Canal', name: 'canal', options: opt(['Courriel', 'Téléphone']), required: true },
  { blockType: 'checkboxes', label: 'Intérêts', name: 'interets', options: opt(['Culture', 'Sport', 'Jeunesse']) },
  { blockType: 'text', label: 'Adresse', name: 'adresse_ligne', required: true },
  { blockType: 'textarea', label: 'Message', name: 'message', required: true },
  { blockType: 'checkbox', label: "J'accepte", name: 'consentement', required: true },
]
export const answers = {
  nom: 'Le Goff', prenom: 'Anne', courriel: 'anne.legoff@example.fr', telephone: '06 12 34 56 78', age: '42',
  date_souhaitee: '2026-12-01', objet: 'urbanisme', canal: 'courriel', interets: ['culture', 'sport'],
  adresse_ligne: '3 rue des Lilas, 56890 Kerlann', message: 'Bonjour, je souhaite un rendez-vous.', consentement: 'oui',
}
