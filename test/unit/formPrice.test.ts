/** The price of a démarche from its staff-set rules (src/payment/formPrice.ts, decision 0047). */
import type { FormDefinition } from '../../src/forms/engine'
import { formatAmountFr } from '../../src/lib/formatAmountFr'
import {
  formPrice,
  multiplyCents,
  PAYFIP_MAX_CENTS,
  payfipObjet,
  payfipObjetProblem,
  priceAnnouncement,
  type PriceConfig,
  priceProblem,
} from '../../src/payment/formPrice'

const concession: PriceConfig = {
  enabled: true,
  objet: 'Concession cimetière',
  rules: [
    { label: 'Concession de 15 ans', field: 'duree', operator: 'equals', value: '15_ans', kind: 'fixed', amount: 150 },
    { label: 'Concession de 30 ans', field: 'duree', operator: 'equals', value: '30_ans', kind: 'fixed', amount: 300 },
  ],
}

describe('formPrice', () => {
  it('is nothing for a form without payment, or with payment turned off', () => {
    expect(formPrice({}, { duree: '30_ans' })).toEqual({ amountCents: 0, lines: [] })
    expect(formPrice({ ...concession, enabled: false }, { duree: '30_ans' })).toEqual({ amountCents: 0, lines: [] })
  })

  it('adds a fixed amount to every request, with its label or the default one', () => {
    expect(formPrice({ enabled: true, fixedAmount: 36 }, {})).toEqual({ amountCents: 3600, lines: [{ label: 'Tarif de la démarche', amountCents: 3600 }] })
    expect(formPrice({ enabled: true, fixedAmount: 12.5, fixedLabel: 'Frais de dossier' }, {}).lines).toEqual([{ label: 'Frais de dossier', amountCents: 1250 }])
  })

  it('reads "est égal à" the way conditions do (case, spaces), one rule per answer', () => {
    expect(formPrice(concession, { duree: '30_ans' })).toEqual({ amountCents: 30000, lines: [{ label: 'Concession de 30 ans', amountCents: 30000 }] })
    expect(formPrice(concession, { duree: ' 15_ANS ' }).amountCents).toBe(15000)
    expect(formPrice(concession, { duree: '50_ans' }).amountCents).toBe(0)
  })

  it('reads "est différent de" and "est rempli", and a ticked box as "oui"', () => {
    const config: PriceConfig = {
      enabled: true,
      rules: [
        { label: 'Hors commune', field: 'domicile', operator: 'notEquals', value: 'kerlann', kind: 'fixed', amount: 20 },
        { label: 'Gravure', field: 'gravure', operator: 'filled', kind: 'fixed', amount: 45 },
        { label: 'Envoi postal', field: 'envoi', operator: 'equals', value: 'oui', kind: 'fixed', amount: 2.5 },
      ],
    }
    expect(formPrice(config, { domicile: 'kerlann' }).amountCents).toBe(0)
    expect(formPrice(config, { domicile: 'vannes', gravure: 'Famille Le Goff', envoi: true })).toEqual({
      amountCents: 6750,
      lines: [
        { label: 'Hors commune', amountCents: 2000 },
        { label: 'Gravure', amountCents: 4500 },
        { label: 'Envoi postal', amountCents: 250 },
      ],
    })
  })

  it('reads "est égal à" on boxes ticked among several as "among the ticked choices"', () => {
    const config: PriceConfig = {
      enabled: true,
      rules: [
        { label: 'Barrières', field: 'options', operator: 'equals', value: 'barrieres', kind: 'fixed', amount: 20 },
        { label: 'Sans électricité', field: 'options', operator: 'notEquals', value: 'electricite', kind: 'fixed', amount: 1 },
      ],
    }
    expect(formPrice(config, { options: ['barrieres', 'electricite'] }).lines.map((l) => l.label)).toEqual(['Barrières'])
    expect(formPrice(config, { options: ['tables'] }).lines.map((l) => l.label)).toEqual(['Sans électricité'])
  })

  it('ignores every rule on an answer left empty or hidden, whatever its operator', () => {
    const config: PriceConfig = { enabled: true, rules: [{ label: 'Hors commune', field: 'domicile', operator: 'notEquals', value: 'kerlann', kind: 'fixed', amount: 20 }] }
    expect(formPrice(config, {}).amountCents).toBe(0)
    expect(formPrice(config, { domicile: '' }).amountCents).toBe(0)
    expect(formPrice(config, { domicile: [] }).amountCents).toBe(0)
  })

  it('drops the answers of hidden fields itself when given the form', () => {
    const definition: FormDefinition = {
      steps: [
        {
          title: 'Emplacement',
          fields: [
            { blockType: 'radio', name: 'type', label: 'Type', options: [{ label: 'Terre', value: 'terre' }, { label: 'Columbarium', value: 'columbarium' }] } as never,
            { blockType: 'number', name: 'surface', label: 'Surface', condition: { enabled: true, rules: [{ field: 'type', operator: 'equals', value: 'terre' }] } },
          ],
        },
      ],
    }
    const payment: PriceConfig = { enabled: true, rules: [{ label: 'Terrain', field: 'surface', operator: 'filled', kind: 'perUnit', amount: 60 }] }
    // The session still holds a surface typed before the citizen chose the columbarium.
    expect(formPrice({ definition, payment }, { type: 'columbarium', surface: 4 }).amountCents).toBe(0)
    expect(formPrice({ definition, payment }, { type: 'terre', surface: 4 }).amountCents).toBe(24000)
    expect(formPrice({ steps: definition.steps, payment }, { type: 'terre', surface: 2 }).amountCents).toBe(12000)
  })

  it('multiplies a unit price by a number answer, exactly (no float drift)', () => {
    const perUnit = (amount: number): PriceConfig => ({ enabled: true, rules: [{ label: 'Surface', field: 'surface', operator: 'filled', kind: 'perUnit', amount }] })
    expect(formPrice(perUnit(0.1), { surface: 3 }).amountCents).toBe(30) // 0.1 * 3 = 0.30000000000000004 in floats
    expect(formPrice(perUnit(12), { surface: 12.5 })).toEqual({ amountCents: 15000, lines: [{ label: `Surface (12,5 × ${formatAmountFr(1200)})`, amountCents: 15000 }] })
    expect(formPrice(perUnit(1.15), { surface: 0.5 }).amountCents).toBe(58) // 57,5 cents: half up
    expect(formPrice(perUnit(19.99), { surface: 7 }).amountCents).toBe(13993)
    expect(formPrice(perUnit(12), { surface: 0 })).toEqual({ amountCents: 0, lines: [] })
  })

  it('multiplies by another field than the condition', () => {
    const config: PriceConfig = {
      enabled: true,
      rules: [
        { label: 'Terrasse couverte', field: 'couverte', operator: 'equals', value: 'oui', kind: 'perUnit', amount: 20, quantityField: 'surface' },
        { label: 'Terrasse ouverte', field: 'couverte', operator: 'equals', value: 'non', kind: 'perUnit', amount: 12, quantityField: 'surface' },
      ],
    }
    expect(formPrice(config, { couverte: 'oui', surface: 10 }).amountCents).toBe(20000)
    expect(formPrice(config, { couverte: 'non', surface: 10 }).amountCents).toBe(12000)
    expect(formPrice(config, { couverte: 'non' }).amountCents).toBe(0)
  })

  it('caps each line and the total at PayFiP’s maximum, and says so beside the field', () => {
    const definition: FormDefinition = { steps: [{ title: 'A', fields: [] }, { title: 'B', fields: [{ blockType: 'number', name: 'surface', label: 'Surface' }] }] }
    const payment: PriceConfig = { enabled: true, fixedAmount: 10, rules: [{ label: 'Surface', field: 'surface', operator: 'filled', kind: 'perUnit', amount: 12 }] }
    const huge = formPrice({ definition, payment }, { surface: 1e9 })
    expect(huge.amountCents).toBe(PAYFIP_MAX_CENTS)
    expect(huge.lines[1].amountCents).toBe(PAYFIP_MAX_CENTS)
    expect(formPrice(payment, { surface: 1e300 }).amountCents).toBe(PAYFIP_MAX_CENTS)
    const problem = priceProblem({ definition, payment }, { surface: 1e9 })
    expect(problem).toEqual({ field: 'surface', step: 1, message: expect.stringContaining('99\u202f999,99\u00a0€') })
    // Each line under the maximum, their sum over it.
    expect(priceProblem({ definition, payment }, { surface: 8333.33 })?.field).toBe('surface')
    expect(priceProblem({ definition, payment }, { surface: 8000 })).toBeNull()
    expect(formPrice({ definition, payment }, { surface: 8000 }).amountCents).toBe(1000 + 9_600_000)
  })

  it('refuses a negative quantity rather than lowering the price', () => {
    const payment: PriceConfig = { enabled: true, fixedAmount: 50, rules: [{ label: 'Surface', field: 'surface', operator: 'filled', kind: 'perUnit', amount: 12 }] }
    const definition: FormDefinition = { steps: [{ title: 'A', fields: [{ blockType: 'number', name: 'surface', label: 'Surface' }] }] }
    expect(formPrice({ definition, payment }, { surface: -3 }).amountCents).toBe(5000)
    expect(priceProblem({ definition, payment }, { surface: -3 })?.message).toContain('nombre positif')
  })
})

describe('multiplyCents', () => {
  it('is exact on decimal quantities and huge ones', () => {
    expect(multiplyCents(10, 3)).toBe(30n)
    expect(multiplyCents(1, 0.1)).toBe(0n)
    expect(multiplyCents(5, 0.1)).toBe(1n) // 0,5 cent: half up
    expect(multiplyCents(1200, 1e21)).toBe(1200n * 10n ** 21n)
    expect(multiplyCents(100, 1e-7)).toBe(0n)
    expect(multiplyCents(100, Number.NaN)).toBeNull()
  })
})

describe('priceAnnouncement', () => {
  it('tells the first page: free, a known amount, or one that depends on the answers', () => {
    expect(priceAnnouncement(null)).toBeNull()
    expect(priceAnnouncement({ enabled: false, fixedAmount: 10 })).toBeNull()
    expect(priceAnnouncement({ enabled: true, fixedAmount: 36 })).toEqual({ fixedCents: 3600, dependsOnAnswers: false })
    expect(priceAnnouncement(concession)).toEqual({ fixedCents: 0, dependsOnAnswers: true })
  })
})

describe('PayFiP object', () => {
  it('is ASCII once accents are removed, 100 characters at most', () => {
    expect(payfipObjet('Concession  cimetière — œuvre')).toBe('Concession cimetiere oeuvre')
    expect(payfipObjet('Droit d’occupation (terrasse)')).toBe('Droit d occupation terrasse')
    expect(payfipObjetProblem('Concession cimetière')).toBeNull()
    expect(payfipObjetProblem('Concession — cimetière')).toBeNull()
    expect(payfipObjetProblem('— !')).toContain('lettres ou des chiffres')
    expect(payfipObjetProblem('é'.repeat(101))).toContain('101 caractères')
  })
})

describe('formatAmountFr', () => {
  it('writes euros the French way, a no-break space before the sign', () => {
    expect(formatAmountFr(3600)).toBe('36,00\u00a0€')
    expect(formatAmountFr(123450)).toBe('1\u202f234,50\u00a0€')
    expect(formatAmountFr(10)).toBe('0,10\u00a0€')
  })
})
