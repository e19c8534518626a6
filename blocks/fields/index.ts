/**
 * Every form field type. Adding a type = one folder under blocks/fields/<type>/ (Payload block,
 * parse/validation, display, HTML input) + one line here. A stored block whose type is not listed
 * raises UnknownFieldTypeError (src/forms/errors.ts) — never silently dropped.
 */
import type { FieldType } from '../../src/forms/types'
import { address } from './address'
import { attente } from './attente'
import { billets } from './billets'
import { checkbox } from './checkbox'
import { checkboxes } from './checkboxes'
import { commune } from './commune'
import { country } from './country'
import { creneau } from './creneau'
import { date } from './date'
import { departement } from './departement'
import { email } from './email'
import { formatted } from './formatted'
import { file } from './file'
import { group, makeBlock } from './group'
import { heading } from './heading'
import { hidden } from './hidden'
import { honour } from './honour'
import { iban } from './iban'
import { identity } from './identity'
import { linked } from './linked'
import { number } from './number'
import { parcelle } from './parcelle'
import { radio } from './radio'
import { rna } from './rna'
import { select } from './select'
import { siret } from './siret'
import { telephone } from './telephone'
import { text } from './text'
import { textarea } from './textarea'
import { time } from './time'
import { yesno } from './yesno'

/** Types that may also appear inside a repeatable group. */
const leafTypes: Record<string, FieldType> = {
  [text.type]: text as FieldType,
  [textarea.type]: textarea as FieldType,
  [email.type]: email as FieldType,
  [telephone.type]: telephone as FieldType,
  [number.type]: number as FieldType,
  [date.type]: date as FieldType,
  [select.type]: select as FieldType,
  [radio.type]: radio as FieldType,
  [checkboxes.type]: checkboxes as FieldType,
  [checkbox.type]: checkbox as FieldType,
  [identity.type]: identity as FieldType,
  [address.type]: address as FieldType,
  [siret.type]: siret as FieldType,
  [iban.type]: iban as FieldType,
  [file.type]: file as FieldType,
  [heading.type]: heading as FieldType,
  [hidden.type]: hidden as FieldType,
  [yesno.type]: yesno as FieldType,
  [time.type]: time as FieldType,
  [formatted.type]: formatted as FieldType,
  [rna.type]: rna as FieldType,
  [honour.type]: honour as FieldType,
  [country.type]: country as FieldType,
  [departement.type]: departement as FieldType,
  [commune.type]: commune as FieldType,
  [linked.type]: linked as FieldType,
  [parcelle.type]: parcelle as FieldType,
}

export const fieldTypes: Record<string, FieldType> = {
  ...leafTypes,
  // Holding types take something scarce for their answer, committing ones write with the request
  // (commitFields reads the top level): top level only, never inside a repeatable group.
  [creneau.type]: creneau as FieldType,
  [billets.type]: billets as FieldType,
  [attente.type]: attente as FieldType,
  [group.type]: { ...(group as FieldType), block: makeBlock(Object.values(leafTypes).map((t) => t.block)) },
}

export const fieldBlocks = Object.values(fieldTypes).map((t) => t.block)
