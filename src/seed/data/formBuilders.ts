/** Small builders for seed form definitions (the shapes stored by the field blocks). */
import { machineName } from '../../lib/machineName'
import { plainBodyToLexical } from '../lexical'

type Extra = Record<string, unknown>
type Rule = { field: string; operator: 'equals' | 'notEquals' | 'contains' | 'filled' | 'empty'; value?: string }

const input = (blockType: string, label: string, extra: Extra = {}) => ({
  blockType,
  label,
  name: (extra.name as string) ?? machineName(label),
  required: true,
  width: 'full',
  ...extra,
})

const choices = (labels: string[]) => labels.map((label) => ({ label, value: machineName(label) }))

export const when = (rules: Rule[], match: 'all' | 'any' = 'all') => ({ condition: { enabled: true, match, rules } })

export const f = {
  text: (label: string, extra?: Extra) => input('text', label, extra),
  textarea: (label: string, extra?: Extra) => input('textarea', label, { maxLength: 2000, rows: 6, ...extra }),
  email: (label = 'Adresse électronique', extra?: Extra) => input('email', label, { name: 'courriel', hint: 'Pour recevoir l’accusé de réception et le lien de suivi.', ...extra }),
  telephone: (label = 'Téléphone', extra?: Extra) => input('telephone', label, { name: 'telephone', hint: 'Par exemple 06 12 34 56 78', ...extra }),
  number: (label: string, extra?: Extra) => input('number', label, extra),
  date: (label: string, extra?: Extra) => input('date', label, extra),
  select: (label: string, options: string[], extra?: Extra) => input('select', label, { options: choices(options), ...extra }),
  radio: (label: string, options: string[], extra?: Extra) => input('radio', label, { options: choices(options), ...extra }),
  checkboxes: (label: string, options: string[], extra?: Extra) => input('checkboxes', label, { options: choices(options), ...extra }),
  consent: (label: string, extra?: Extra) => input('checkbox', label, { name: 'consentement', ...extra }),
  file: (label: string, extra?: Extra) => input('file', label, { accept: ['pdf', 'jpeg', 'png'], maxSizeMb: 10, maxFiles: 1, ...extra }),
  address: (label = 'Adresse', extra?: Extra) => input('address', label, { name: 'adresse', ...extra }),
  siret: (label = 'Numéro SIRET', extra?: Extra) => input('siret', label, { name: 'siret', hint: '14 chiffres, sur un extrait Kbis ou l’avis de situation Insee', ...extra }),
  iban: (label = 'IBAN', extra?: Extra) => input('iban', label, { name: 'iban', hint: 'Sur votre relevé d’identité bancaire (RIB)', ...extra }),
  identity: (label = 'Identité', extra?: Extra) => input('identity', label, { name: 'identite', ...extra }),
  heading: (title: string, text?: string, extra?: Extra) => ({
    blockType: 'heading',
    title,
    content: text ? plainBodyToLexical(text.split(/\n\s*\n/)) : undefined,
    level: 'h3',
    ...extra,
  }),
  yesno: (label: string, extra?: Extra) => input('yesno', label, extra),
  time: (label: string, extra?: Extra) => input('time', label, extra),
  formatted: (label: string, mask: string, extra?: Extra) => input('formatted', label, { mask, ...extra }),
  rna: (label = 'Numéro RNA de l’association', extra?: Extra) => input('rna', label, { name: 'rna', hint: 'W suivi de 9 chiffres, sur le récépissé de déclaration en préfecture', ...extra }),
  honour: (label: string, statement: string, extra?: Extra) => input('honour', label, { statement, ...extra }),
  country: (label: string, extra?: Extra) => input('country', label, extra),
  departement: (label: string, extra?: Extra) => input('departement', label, extra),
  commune: (label: string, extra?: Extra) => input('commune', label, { hint: 'Son nom ou son code postal', ...extra }),
  linked: (label: string, firstLabel: string, secondLabel: string, choices: Record<string, string[]>, extra?: Extra) =>
    input('linked', label, { firstLabel, secondLabel, choices: Object.entries(choices).map(([choice, subs]) => ({ label: choice, subChoices: subs.join('\n') })), ...extra }),
  /** A slot or days of a resource of src/seed/data/resources.ts, by its slug (the seed puts its id) */
  creneau: (label: string, resource: string, extra?: Extra) => input('creneau', label, { resource, ...extra }),
  /** Tickets for the show chosen in the agenda (no show set: `?spectacle=<slug>`) */
  billets: (label: string, extra?: Extra) => input('billets', label, extra),
  attente: (label: string, extra?: Extra) => input('attente', label, extra),
  parcelle: (label = 'Parcelle cadastrale', extra?: Extra) => input('parcelle', label, { name: 'parcelle', ...extra }),
  hidden: (name: string, queryParam: string) => ({ blockType: 'hidden', label: name, name, queryParam, required: false }),
  group: (label: string, itemLabel: string, fields: Extra[], extra?: Extra) =>
    input('group', label, { itemLabel, fields, minItems: 0, maxItems: 10, required: false, ...extra }),
}

export const optional = { required: false }
