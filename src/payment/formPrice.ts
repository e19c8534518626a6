/**
 * The price of a démarche, as staff set it on its form (collections/Forms/paymentFields.ts): a
 * fixed amount, plus rules on the answers ("durée = 30 ans → 300 €", "surface × 12 €"). Pure and
 * exact: amounts are whole cents, a quantity times a unit price is computed on integers (BigInt),
 * never on binary floats. Every amount is bounded by PayFiP's maximum (decision 0047).
 */
import { formatNumberFr } from '../../blocks/fields/number'
import { ruleHolds } from '../forms/conditions'
import { type Answers, finalCheck, type FormDefinition, isEmpty } from '../forms/engine'
import type { BaseFieldConfig } from '../forms/types'
import { formatAmountFr } from '../lib/formatAmountFr'
import { toPayfipObjet } from './payfip/rules'

/** PayFiP's largest `montant`: 99 999,99 €. No line and no total goes beyond. */
export const PAYFIP_MAX_CENTS = 9_999_999

export const PRICE_OPERATORS = ['equals', 'notEquals', 'filled'] as const
export type PriceOperator = (typeof PRICE_OPERATORS)[number]

/** One rule, as stored: when `field` `operator` `value`, add `amount` € (or `amount` € × the answer of `quantityField`). */
export interface PriceRule {
  id?: string | null
  /** What the citizen reads on the line ("Concession de 30 ans") */
  label?: string | null
  field?: string | null
  operator?: PriceOperator | null
  value?: string | null
  kind?: 'fixed' | 'perUnit' | null
  /** Euros, at most two decimals (the admin refuses more) */
  amount?: number | null
  /** perUnit: the number field multiplied (empty: the rule's own field) */
  quantityField?: string | null
}

/** The form's "Paiement" group, as stored (amounts in euros, decimals). */
export interface PriceConfig {
  enabled?: boolean | null
  /** PayFiP's `objet` (ASCII once accents are removed, ≤ 100 characters) */
  objet?: string | null
  fixedAmount?: number | null
  fixedLabel?: string | null
  rules?: PriceRule[] | null
}

/** A form as the site loads it (PublishedForm) or as Payload stores it: its steps and its price. */
export type PricedForm = { payment?: PriceConfig | null } & ({ definition: FormDefinition } | { steps?: Array<{ title: string; fields?: BaseFieldConfig[] | null }> | null })

export interface PriceLine {
  label: string
  amountCents: number
}

export interface FormPrice {
  /** What the citizen pays, in cents (0: nothing to pay) */
  amountCents: number
  lines: PriceLine[]
}

/** Why the answers cannot be paid online: a French message beside `field`, on its `step`. */
export interface PriceProblem {
  field: string
  step: number
  message: string
}

export const DEFAULT_FIXED_LABEL = 'Tarif de la démarche'

/** Euros as staff typed them (at most two decimals) → whole cents. */
export function eurosToCents(euros: number | null | undefined): number {
  return typeof euros === 'number' && Number.isFinite(euros) ? Math.round(euros * 100) : 0
}

/** Whether an amount typed by staff is whole cents (12, 12,5, 12,50 — not 12,505). */
export const hasAtMostTwoDecimals = (euros: number): boolean => Math.abs(euros * 100 - Math.round(euros * 100)) < 1e-6

/** The field a per-unit rule multiplies by: its quantity field, else its own field. */
export const quantityFieldOf = (rule: PriceRule): string => (rule.quantityField?.trim() || rule.field?.trim()) ?? ''

/**
 * `cents × quantity`, rounded to the nearest cent (half up), exactly: the quantity's decimal writing
 * ("12.5", "1e+21") is read as digits and a power of ten. Null for a quantity that is not a finite number.
 */
export function multiplyCents(cents: number, quantity: number): bigint | null {
  if (!Number.isFinite(quantity)) return null
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(quantity))
  if (!match) return null
  const [, sign, whole, fraction = '', exponent = '0'] = match
  const digits = BigInt(`${sign}${whole}${fraction}`)
  const scale = fraction.length - Number(exponent)
  const product = BigInt(cents) * digits
  if (scale <= 0) return product * 10n ** BigInt(-scale)
  const divisor = 10n ** BigInt(scale)
  const rounded = (2n * (product < 0n ? -product : product) + divisor) / (2n * divisor)
  return product < 0n ? -rounded : rounded
}

const configOf = (source: PriceConfig | PricedForm): PriceConfig | null =>
  'definition' in source || 'steps' in source ? ((source as PricedForm).payment ?? null) : (source as PriceConfig)

function definitionOf(source: PriceConfig | PricedForm): FormDefinition | null {
  if ('definition' in source) return source.definition
  if ('steps' in source) return { steps: (source.steps ?? []).map((step) => ({ title: step.title, fields: step.fields ?? [] })) }
  return null
}

interface Computed extends FormPrice {
  problem: { field: string; message: string } | null
}

const tooHighMessage = () =>
  `Avec cette réponse, le montant à régler dépasserait ${formatAmountFr(PAYFIP_MAX_CENTS)}, le plus grand montant payable en ligne. Vérifiez votre réponse ; si elle est juste, contactez la mairie pour régler cette démarche autrement.`
const NEGATIVE_MESSAGE = 'Ce nombre sert à calculer le montant à régler : saisissez un nombre positif.'

/**
 * A rule on an answer, read as visibility conditions read it (src/forms/conditions.ts: case and
 * spaces ignored, a ticked box is "oui"); on boxes ticked among several, "est égal à" means "among
 * the ticked choices" (each ticked option may cost something).
 */
function ruleApplies(operator: PriceOperator, value: string, answer: unknown, answers: Answers, field: string): boolean {
  if (operator === 'filled') return true // the answer is there (empty ones were skipped)
  if (Array.isArray(answer)) {
    const expected = value.trim().toLowerCase()
    const ticked = answer.some((item) => String(item).trim().toLowerCase() === expected)
    return operator === 'equals' ? ticked : !ticked
  }
  return ruleHolds({ field, operator, value }, answers)
}

/** The whole computation: lines, total, and the first answer that cannot be paid online. */
function compute(config: PriceConfig | null, answers: Answers): Computed {
  const out: Computed = { amountCents: 0, lines: [], problem: null }
  if (!config?.enabled) return out
  const flag = (field: string, message: string) => {
    out.problem ??= { field, message }
  }
  let total = 0n
  const add = (label: string, cents: bigint, field: string | null) => {
    if (cents <= 0n) return
    if (cents > BigInt(PAYFIP_MAX_CENTS) && field) flag(field, tooHighMessage())
    const capped = cents > BigInt(PAYFIP_MAX_CENTS) ? PAYFIP_MAX_CENTS : Number(cents)
    total += BigInt(capped)
    if (total > BigInt(PAYFIP_MAX_CENTS) && field) flag(field, tooHighMessage())
    out.lines.push({ label, amountCents: capped })
  }
  add(config.fixedLabel?.trim() || DEFAULT_FIXED_LABEL, BigInt(Math.max(eurosToCents(config.fixedAmount), 0)), null)
  for (const rule of config.rules ?? []) {
    const field = rule.field?.trim()
    // A hidden or unanswered field (absent from the cleaned answers) adds nothing, whatever the operator.
    if (!field || isEmpty(answers[field])) continue
    if (!ruleApplies(rule.operator ?? 'equals', rule.value ?? '', answers[field], answers, field)) continue
    const unitCents = Math.max(eurosToCents(rule.amount), 0)
    const label = rule.label?.trim() || field
    if (rule.kind !== 'perUnit') {
      add(label, BigInt(unitCents), field)
      continue
    }
    const quantityField = quantityFieldOf(rule)
    const quantity = answers[quantityField]
    if (typeof quantity !== 'number' || !Number.isFinite(quantity)) continue
    if (quantity < 0) {
      flag(quantityField, NEGATIVE_MESSAGE)
      continue
    }
    const cents = multiplyCents(unitCents, quantity)
    if (cents !== null) add(`${label} (${formatNumberFr(quantity)} × ${formatAmountFr(unitCents)})`, cents, quantityField)
  }
  out.amountCents = total > BigInt(PAYFIP_MAX_CENTS) ? PAYFIP_MAX_CENTS : Number(total)
  return out
}

/**
 * What the citizen pays for these answers: the fixed amount and each rule that holds, as lines, and
 * their total, in cents. Given a form (its definition), the answers are cleaned first as the engine
 * stores them (hidden fields dropped); given the price config alone, they must be cleaned already
 * (finalCheck's `clean`). Each line and the total are capped at PAYFIP_MAX_CENTS: `priceProblem`
 * says when the answers went beyond, so the send is refused rather than the amount silently cut.
 */
export function formPrice(source: PriceConfig | PricedForm, answers: Answers): FormPrice {
  const config = configOf(source)
  if (!config?.enabled) return { amountCents: 0, lines: [] } // a free form: no cleaning to pay for
  const { amountCents, lines } = compute(config, cleaned(source, answers))
  return { amountCents, lines }
}

function cleaned(source: PriceConfig | PricedForm, answers: Answers): Answers {
  const definition = definitionOf(source)
  return definition ? finalCheck(definition, answers).clean : answers
}

/** The step holding a top-level field (0 when not found). */
function stepOf(definition: FormDefinition | null, field: string): number {
  const index = definition?.steps.findIndex((step) => step.fields.some((f) => f.name === field)) ?? -1
  return Math.max(index, 0)
}

/**
 * Why these answers cannot be paid online, beside the field that makes it so (a total beyond
 * PayFiP's maximum, a negative quantity), or null. The check step and the send call it: the citizen
 * goes back to the field with the message, nothing is stored.
 */
export function priceProblem(form: PricedForm, answers: Answers): PriceProblem | null {
  const config = configOf(form)
  if (!config?.enabled) return null
  const definition = definitionOf(form)
  const { problem } = compute(config, cleaned(form, answers))
  return problem ? { ...problem, step: stepOf(definition, problem.field) } : null
}

/**
 * What the form's first page announces before any answer: a paid démarche and its amount when it
 * depends on no answer, "from" the fixed amount when rules may add to it, or null when free.
 */
export function priceAnnouncement(config: PriceConfig | null | undefined): { fixedCents: number; dependsOnAnswers: boolean } | null {
  if (!config?.enabled) return null
  const fixedCents = Math.max(eurosToCents(config.fixedAmount), 0)
  const dependsOnAnswers = (config.rules ?? []).length > 0
  if (!fixedCents && !dependsOnAnswers) return null
  return { fixedCents: Math.min(fixedCents, PAYFIP_MAX_CENTS), dependsOnAnswers }
}

/** PayFiP's `objet`, as sent (decision 0046's rule: letters, digits, spaces). */
export const payfipObjet = toPayfipObjet

export const PAYFIP_OBJET_MAX_CHARS = 100

/** A French message when the object cannot be sent to PayFiP (characters, length), or null. */
export function payfipObjetProblem(text: string): string | null {
  const unaccented = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').trim()
  if (unaccented.length > PAYFIP_OBJET_MAX_CHARS) return `${unaccented.length} caractères une fois les accents retirés : ${PAYFIP_OBJET_MAX_CHARS} au plus.`
  if (!payfipObjet(text)) return 'Indiquez un objet avec des lettres ou des chiffres.'
  return null
}
