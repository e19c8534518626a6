import { addMonths, legalDueDate } from '../../src/submissions/delays'
import { implicitDecision, legalDelayOf, legalSnapshotOf } from '../../src/submissions/implicitDecision'
import { mentionsAsText, receiptMentions } from '../../src/submissions/receiptMentions'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const iso = (d: Date | null) => d?.toISOString().slice(0, 10)

describe('delays in months, "de quantième à quantième"', () => {
  it('keeps the day number, or takes the last day of a shorter month', () => {
    expect(iso(addMonths(day('2026-03-12'), 2))).toBe('2026-05-12')
    expect(iso(addMonths(day('2027-01-31'), 1))).toBe('2027-02-28')
    expect(iso(addMonths(day('2028-01-31'), 1))).toBe('2028-02-29') // leap year
    expect(iso(addMonths(day('2026-08-31'), 1))).toBe('2026-09-30')
    expect(iso(addMonths(day('2026-11-30'), 3))).toBe('2027-02-28') // across the year
    expect(iso(addMonths(day('2026-12-15'), 2))).toBe('2027-02-15')
  })
  it('then moves to the next working day, counted on the Paris calendar day of the start', () => {
    expect(iso(legalDueDate(new Date('2026-03-12T09:00:00Z'), { value: 2, unit: 'mois' }))).toBe('2026-05-12') // a Tuesday
    expect(iso(legalDueDate(new Date('2027-01-31T09:00:00Z'), { value: 1, unit: 'mois' }))).toBe('2027-03-01') // 28 Feb 2027 is a Sunday
    expect(iso(legalDueDate(new Date('2026-03-01T09:00:00Z'), { value: 2, unit: 'mois' }))).toBe('2026-05-04') // 1 May (holiday), then the weekend
    // 23:30 UTC on 30 November is already 1 December in Paris: 1 February, a Monday
    expect(iso(legalDueDate(new Date('2026-11-30T23:30:00Z'), { value: 2, unit: 'mois' }))).toBe('2027-02-01')
    // in days: the rule of before
    expect(iso(legalDueDate(new Date('2026-09-01T10:00:00Z'), { value: 15, unit: 'jours' }))).toBe('2026-09-16')
  })
})

describe('the delay and rule of a form or a request', () => {
  it('reads the value and unit, else the older days field, else two months', () => {
    expect(legalDelayOf({ responseDelayValue: 1, responseDelayUnit: 'mois', responseDelayDays: 60 })).toEqual({ value: 1, unit: 'mois' })
    expect(legalDelayOf({ responseDelayDays: 30 })).toEqual({ value: 30, unit: 'jours' })
    expect(legalDelayOf({ responseDelayValue: null, responseDelayUnit: null, responseDelayDays: null })).toEqual({ value: 2, unit: 'mois' })
  })
  it('snapshots the rule (the general one, acceptance, when unset) and the days field for a delay in days only', () => {
    expect(legalSnapshotOf({ silenceRule: 'rejet', responseDelayValue: 2, responseDelayUnit: 'mois' })).toEqual({ silenceRule: 'rejet', responseDelayValue: 2, responseDelayUnit: 'mois', responseDelayDays: null })
    expect(legalSnapshotOf({ responseDelayDays: 15 })).toEqual({ silenceRule: 'acceptation', responseDelayValue: 15, responseDelayUnit: 'jours', responseDelayDays: 15 })
  })
})

describe('the implicit decision', () => {
  const now = new Date('2027-01-10T10:00:00Z')
  it('before "dossier complet": the delay has not started', () => {
    const d = implicitDecision({ silenceRule: 'acceptation', responseDelayValue: 2, responseDelayUnit: 'mois', createdAt: '2026-11-20T10:00:00Z' }, now)
    expect(d).toMatchObject({ nature: 'acceptation', running: false, dueDate: null })
    expect(iso(d.dueDateIfCompleteAtReceipt)).toBe('2027-01-20')
    expect(d.label).toBe('Le délai de 2 mois court à compter de la réception du dossier complet : sans réponse de notre part dans ce délai, votre demande sera réputée acceptée.')
  })
  it('once complete: the date and what silence will mean, then what it meant', () => {
    const complete = { silenceRule: 'rejet', responseDelayValue: 2, responseDelayUnit: 'mois', createdAt: '2026-11-20T10:00:00Z', completeAt: '2026-11-28T10:00:00Z' }
    expect(implicitDecision(complete, now).label).toBe('Sans réponse de notre part au 28/01/2027, votre demande sera réputée rejetée.')
    expect(implicitDecision(complete, new Date('2027-01-29T10:00:00Z')).label).toBe('Sans réponse de notre part au 28/01/2027, votre demande est réputée rejetée depuis cette date.')
    // the stored due date wins (computed when the file was declared complete)
    expect(iso(implicitDecision({ ...complete, dueDate: '2027-02-01T00:00:00.000Z' }, now).dueDate)).toBe('2027-02-01')
  })
  it('claims nothing about silence for a request stored before the rule, nor for one that calls for no decision', () => {
    const old = implicitDecision({ responseDelayDays: 60, completeAt: '2026-03-02T10:00:00Z' }, now)
    expect(old).toMatchObject({ rule: null, nature: null, delay: { value: 60, unit: 'jours' } })
    expect(old.label).toBe('Réponse due au plus tard le 04/05/2026.')
    expect(implicitDecision({ silenceRule: 'sans_objet' }, now)).toMatchObject({ nature: null, rule: 'sans_objet' })
  })
})

describe('the receipt mentions', () => {
  const base = {
    reference: '2026-000042',
    procedure: 'Demande d’aide financière au CCAS',
    receivedAt: new Date('2026-03-12T09:15:00Z'),
    service: { name: 'CCAS de Kerlann', address: 'Maison des solidarités\n5 rue des Genêts\n56890 Kerlann', email: 'ccas@kerlann.fr', phone: '02 97 00 10 40' },
    court: { courtName: 'Tribunal administratif de Rennes', courtAddress: '3 contour de la Motte\nCS 44416\n35044 Rennes Cedex', onlineAppeal: 'www.telerecours.fr' },
  }
  const text = (decision: Record<string, unknown>, extra = {}) => mentionsAsText(receiptMentions({ ...base, decision, ...extra }))
  it('a rejection procedure: date, service, due date if complete, L114-5, appeal routes', () => {
    const t = text({ silenceRule: 'rejet', responseDelayValue: 2, responseDelayUnit: 'mois' })
    expect(t).toContain('Reçue le : 12 mars 2026 à 10:15')
    expect(t).toContain('Adresse postale : Maison des solidarités, 5 rue des Genêts, 56890 Kerlann')
    expect(t).toContain('Courriel : ccas@kerlann.fr')
    expect(t).toContain('Téléphone : 02 97 00 10 40')
    expect(t).toContain('Si votre dossier est complet à sa réception, sans réponse de notre part au 12/05/2026, votre demande sera réputée rejetée')
    expect(t).toContain('article L114-5 du CRPA')
    expect(t).toContain('recours gracieux auprès du service chargé de votre demande')
    expect(t).toContain('Tribunal administratif de Rennes (3 contour de la Motte, CS 44416, 35044 Rennes Cedex)')
    expect(t).toContain('Télérecours citoyens sur www.telerecours.fr')
    expect(t).toContain('article R421-2 du code de justice administrative')
    expect(t).not.toContain('L232-3')
  })
  it('an acceptance procedure: the L232-3 attestation, no appeal routes', () => {
    const t = text({ silenceRule: 'acceptation', responseDelayValue: 1, responseDelayUnit: 'mois' })
    expect(t).toContain('sans réponse de notre part au 13/04/2026, votre demande sera réputée acceptée (article L231-1 du CRPA)') // 12 April 2026 is a Sunday
    expect(t).toContain('attestation de cette décision implicite d’acceptation (article L232-3 du CRPA)')
    expect(t).not.toContain('Tribunal')
  })
  it('sans objet: the receipt date and the service only', () => {
    const t = text({ silenceRule: 'sans_objet', responseDelayValue: 15, responseDelayUnit: 'jours' })
    expect(t).toContain('Reçue le : ')
    expect(t).toContain('Service destinataire : CCAS de Kerlann')
    expect(t).not.toMatch(/réputée|Délai|recours|L232-3/)
  })
  it('a file completed late in the evening is dated by the Paris day, not the UTC one', () => {
    // 23:30 UTC on 1 March is 00:30 on 2 March in Paris.
    const t = text({ silenceRule: 'rejet', responseDelayValue: 2, responseDelayUnit: 'mois', completeAt: '2026-03-01T23:30:00Z', dueDate: '2026-05-04T00:00:00Z' })
    expect(t).toContain('Votre dossier est complet depuis le 02/03/2026')
    expect(t).toContain('au 04/05/2026')
  })
  it('a procedure with its own appeal routes (electoral rolls) gives them instead', () => {
    const t = text({ silenceRule: 'rejet', responseDelayValue: 5, responseDelayUnit: 'jours' }, { appealRoutes: 'Recours devant la commission de contrôle (article L18 du code électoral).' })
    expect(t).toContain('commission de contrôle')
    expect(t).not.toContain('Tribunal administratif')
  })
})
