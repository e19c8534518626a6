/**
 * The two demo forms that feed the directories: each request also becomes a proposal in
 * Annuaires › Propositions (answer names: src/directory/proposeFromSubmission.ts).
 */
import { ASSOCIATION_CATEGORIES, BUSINESS_SECTORS } from '../../directory/categories'
import type { FormSeed } from './forms'
import { f, optional } from './formBuilders'

const RGPD =
  "J'accepte que ces informations soient publiées dans l'annuaire du site de la ville de Kerlann et que mes coordonnées personnelles soient utilisées pour traiter ma demande."

const options = (list: ReadonlyArray<{ value: string; label: string }>) => list.map((o) => ({ value: o.value, label: o.label }))

// The requester comes first: the acknowledgement goes to the form's first e-mail field
// (src/submissions/requester.ts), and the hidden "fiche" is read from the form's first address.
const requesterStep = (role: string) => ({
  title: 'Vos coordonnées',
  fields: [
    f.hidden('fiche', 'fiche'),
    f.heading('Qui fait la demande ?', 'Ces informations ne sont pas publiées : elles servent à vous répondre.'),
    f.text('Votre prénom', { name: 'prenom', autocomplete: 'given-name', width: 'half' }),
    f.text('Votre nom', { name: 'nom', autocomplete: 'family-name', width: 'half' }),
    f.text(`Votre rôle ${role}`, { name: 'fonction', ...optional, hint: 'Par exemple : président, secrétaire, gérant.' }),
    f.email('Votre adresse électronique', { hint: 'Pour recevoir la réponse du service communication.' }),
    f.consent(RGPD),
  ],
})

export const directoryForms: FormSeed[] = [
  {
    slug: 'referencer-mon-association',
    title: 'Référencer ou mettre à jour mon association',
    organisation: 'commune',
    directory: 'associations',
    procedures: [],
    intro:
      "Pour faire apparaître votre association dans l'annuaire du site, ou corriger sa fiche. Le service communication vérifie chaque demande avant publication.",
    confirmationText: "Votre demande est transmise au service communication. Vous recevrez un courriel dès qu'elle aura été traitée.",
    silenceRule: 'acceptation',
    responseDelay: { value: 2, unit: 'mois' },
    steps: [
      requesterStep("dans l'association"),
      {
        title: 'Votre association',
        fields: [
          f.text("Nom de l'association", { name: 'denomination' }),
          f.select('Catégorie', [], { name: 'categorie', options: options(ASSOCIATION_CATEGORIES) }),
          f.textarea('Présentation', { name: 'presentation', maxLength: 2000, hint: 'Activités, public accueilli, conditions d’adhésion.' }),
          f.textarea('Lieux et horaires de rencontre', {
            name: 'rencontres',
            maxLength: 1000,
            rows: 4,
            ...optional,
            hint: 'Une ligne par rendez-vous, par exemple : Salle des sports : mardi 18 h – 20 h',
          }),
          f.address("Adresse de l'association", optional),
          f.telephone('Téléphone affiché sur la fiche', optional),
          f.email('Courriel affiché sur la fiche', { name: 'courriel_public', ...optional, hint: 'Laissez vide pour ne pas publier de courriel.' }),
          f.text('Site web', { name: 'site_web', ...optional, hint: 'Par exemple : https://www.mon-association.fr' }),
        ],
      },
    ],
  },
  {
    slug: 'referencer-mon-entreprise',
    title: 'Référencer ou mettre à jour mon entreprise',
    organisation: 'commune',
    directory: 'businesses',
    procedures: [],
    intro:
      "Commerçants, artisans, entreprises de Kerlann : faites apparaître votre activité dans l'annuaire du site, ou corrigez sa fiche. Le service communication vérifie chaque demande avant publication.",
    confirmationText: "Votre demande est transmise au service communication. Vous recevrez un courriel dès qu'elle aura été traitée.",
    silenceRule: 'acceptation',
    responseDelay: { value: 2, unit: 'mois' },
    steps: [
      requesterStep("dans l'entreprise"),
      {
        title: 'Votre entreprise',
        fields: [
          f.text("Nom de l'entreprise ou du commerce", { name: 'denomination' }),
          f.select("Secteur d'activité", [], { name: 'secteur', options: options(BUSINESS_SECTORS) }),
          f.siret(),
          f.textarea('Présentation', { name: 'presentation', maxLength: 2000, hint: 'Activité, produits et services.' }),
          f.textarea("Horaires d'ouverture", { name: 'horaires', maxLength: 600, rows: 4, ...optional, hint: 'Par exemple : Mardi – samedi : 9 h – 19 h' }),
          f.address("Adresse de l'établissement"),
          f.telephone('Téléphone affiché sur la fiche', optional),
          f.email('Courriel affiché sur la fiche', { name: 'courriel_public', ...optional, hint: 'Laissez vide pour ne pas publier de courriel.' }),
          f.text('Site web', { name: 'site_web', ...optional, hint: 'Par exemple : https://www.mon-commerce.fr' }),
        ],
      },
    ],
  },
]
