import type { CreatePaymentInput } from '../provider'

/**
 * What PayFiP accepts in `creerPaiementSecurise`, with the code and French label of the
 * FonctionnelleErreur it answers otherwise (decision 0046 lists the sources). One module: the
 * client checks before sending, the simulator refuses with the same codes.
 */
export interface RuleViolation {
  code: string
  libelle: string
}

/** 6 to 30 letters or digits: a 4-character refdet was refused (R3) in eopayment's recorded exchanges. */
export const REFDET_PATTERN = /^[A-Za-z0-9]{6,30}$/
/** Letters without accents, digits and spaces, at most 100 (eopayment normalises every objet to this). */
export const OBJET_PATTERN = /^[A-Za-z0-9 ]{0,100}$/
export const MIN_AMOUNT_CENTS = 100
export const MAX_AMOUNT_CENTS = 9_999_999
export const MAX_URL_LENGTH = 250

const NUMCLI_PATTERN = /^\d{6}$/
const EXER_PATTERN = /^\d{4}$/
const MEL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const violation = (code: string, libelle: string): RuleViolation => ({ code, libelle })

export function numcliViolation(numcli: string): RuleViolation | null {
  return NUMCLI_PATTERN.test(numcli) ? null : violation('T1', 'Le numéro de client doit comporter 6 chiffres.')
}

export function saisieViolation(saisie: string): RuleViolation | null {
  return saisie === 'T' || saisie === 'X' || saisie === 'W' ? null : violation('S1', 'Le mode de saisie doit valoir T, X ou W.')
}

export function exerViolation(exer: string): RuleViolation | null {
  return EXER_PATTERN.test(exer) ? null : violation('E1', "L'exercice doit être une année sur 4 chiffres.")
}

export function refdetViolation(refdet: string): RuleViolation | null {
  return REFDET_PATTERN.test(refdet) ? null : violation('R3', "Le format du paramètre REFDET n'est pas conforme.")
}

/** `montant` as sent: digits only, in cents. */
export function montantViolation(montant: string): RuleViolation | null {
  if (!/^\d{1,11}$/.test(montant)) return violation('M1', "Le format du montant n'est pas correct.")
  const cents = Number(montant)
  if (cents < MIN_AMOUNT_CENTS) return violation('M3', 'Le montant doit être au moins de 1,00 €.')
  if (cents > MAX_AMOUNT_CENTS) return violation('M5', 'Le montant dépasse la limite autorisée (99 999,99 €).')
  return null
}

export function melViolation(mel: string): RuleViolation | null {
  if (!mel) return violation('A1', "L'adresse électronique n'est pas renseignée.")
  if (mel.length < 6 || mel.length > 80 || !MEL_PATTERN.test(mel)) return violation('A2', "L'adresse électronique est incorrecte.")
  return null
}

export function objetViolation(objet: string): RuleViolation | null {
  return OBJET_PATTERN.test(objet) ? null : violation('O1', "L'objet ne peut contenir que des lettres sans accent, des chiffres et des espaces (100 au plus).")
}

function urlViolation(url: string, code: string, what: string): RuleViolation | null {
  let parsed: URL | null = null
  try {
    parsed = new URL(url)
  } catch {
    parsed = null
  }
  const valid = parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && url.length <= MAX_URL_LENGTH
  return valid ? null : violation(code, `L'URL ${what} n'est pas valide.`)
}

export const urlnotifViolation = (url: string) => urlViolation(url, 'N1', 'de notification')
export const urlredirectViolation = (url: string) => urlViolation(url, 'D1', 'de redirection')

/** The request's fields as they travel (strings): the first rule broken, in PayFiP's order of checks, or null. */
export interface CreatePaymentFields {
  numcli: string
  exer: string
  refdet: string
  montant: string
  mel: string
  objet: string
  saisie: string
  urlnotif: string
  urlredirect: string
}

export function createPaymentViolation(fields: CreatePaymentFields): RuleViolation | null {
  return (
    numcliViolation(fields.numcli) ??
    saisieViolation(fields.saisie) ??
    exerViolation(fields.exer) ??
    refdetViolation(fields.refdet) ??
    montantViolation(fields.montant) ??
    melViolation(fields.mel) ??
    objetViolation(fields.objet) ??
    urlnotifViolation(fields.urlnotif) ??
    urlredirectViolation(fields.urlredirect)
  )
}

/** The contract's input as the strings sent on the wire (an amount that is not a whole number of cents stays unparseable: M1). */
export function createPaymentFields(input: CreatePaymentInput): CreatePaymentFields {
  return {
    numcli: input.numcli,
    exer: input.exer,
    refdet: input.refdet,
    montant: String(input.amountCents),
    mel: input.mel,
    objet: input.objet,
    saisie: input.saisie,
    urlnotif: input.urlnotif,
    urlredirect: input.urlredirect,
  }
}

/**
 * A French label made acceptable as `objet`: accents dropped, apostrophes and dashes as spaces,
 * other signs removed, spaces collapsed, cut at 100.
 */
export function toPayfipObjet(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/[’'\-–—]/g, ' ')
    .replace(/[^A-Za-z0-9 ]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
    .trim()
}
