/**
 * PayFiP's input rules (#14), shared by the client (before sending) and the simulator (to refuse):
 * each rule with good and bad values, and the settings that pick the provider.
 */
import {
  createPaymentViolation,
  exerViolation,
  melViolation,
  montantViolation,
  numcliViolation,
  objetViolation,
  refdetViolation,
  saisieViolation,
  toPayfipObjet,
  urlnotifViolation,
  urlredirectViolation,
} from '../../src/payment/payfip/rules'
import { PAYFIP_ENDPOINT, PAYFIP_PAGE_URL, payfipSettings, paymentProvider, SIMULATOR_NUMCLI } from '../../src/payment/settings'

const code = (violation: { code: string } | null) => violation?.code ?? null

describe('PayFiP input rules', () => {
  it.each(['ABC123', 'A'.repeat(30), '202603120001', 'abcdef'])('refdet %s is accepted', (value) => expect(refdetViolation(value)).toBeNull())
  it.each(['', 'ABCD', 'ABCDE', 'A'.repeat(31), 'BIL-2026', 'BIL 2026', 'RÉF123456', 'ABC_123'])('refdet %j is refused (R3)', (value) =>
    expect(code(refdetViolation(value))).toBe('R3'),
  )

  it.each(['', 'Billets Le Dome', 'A'.repeat(100), 'Concession 15 ans 2026'])('objet %j is accepted', (value) => expect(objetViolation(value)).toBeNull())
  it.each(['A'.repeat(101), 'Billets Le Dôme', 'Séance', "L'été", 'a-b', 'n°12', 'a/b', 'tab\there', 'x&y'])('objet %j is refused (O1)', (value) =>
    expect(code(objetViolation(value))).toBe('O1'),
  )

  it.each(['100', '3600', '9999999'])('montant %s is accepted', (value) => expect(montantViolation(value)).toBeNull())
  it.each([
    ['99', 'M3'],
    ['0', 'M3'],
    ['10000000', 'M5'],
    ['', 'M1'],
    ['12.50', 'M1'],
    ['-100', 'M1'],
    ['1e3', 'M1'],
    ['123456789012', 'M1'],
  ])('montant %j is refused (%s)', (value, expected) => expect(code(montantViolation(value))).toBe(expected))

  it.each(['006270', '123456'])('numcli %s is accepted', (value) => expect(numcliViolation(value)).toBeNull())
  it.each(['', '12345', '1234567', '12345a', ' 12345'])('numcli %j is refused (T1)', (value) => expect(code(numcliViolation(value))).toBe('T1'))

  it.each(['T', 'X', 'W'])('saisie %s is accepted', (value) => expect(saisieViolation(value)).toBeNull())
  it.each(['', 't', 'M', 'A', 'TX'])('saisie %j is refused (S1)', (value) => expect(code(saisieViolation(value))).toBe('S1'))

  it.each(['2026', '2019'])('exer %s is accepted', (value) => expect(exerViolation(value)).toBeNull())
  it.each(['', '26', '20266', 'année'])('exer %j is refused (E1)', (value) => expect(code(exerViolation(value))).toBe('E1'))

  it.each(['a.b@c.fr', 'camille.martin@example.fr'])('mel %s is accepted', (value) => expect(melViolation(value)).toBeNull())
  it.each([
    ['', 'A1'],
    ['john.doeexample.com', 'A2'],
    ['a@b.f', 'A2'],
    ['a b@c.fr', 'A2'],
    [`${'a'.repeat(76)}@c.fr`, 'A2'],
  ])('mel %j is refused (%s)', (value, expected) => expect(code(melViolation(value))).toBe(expected))

  it('urlnotif and urlredirect: absolute http(s), 250 characters at most', () => {
    expect(urlnotifViolation('https://portail.example.fr/paiement/notification')).toBeNull()
    expect(urlredirectViolation('http://localhost:3000/paiement/retour?x=1')).toBeNull()
    expect(code(urlnotifViolation('/paiement/notification'))).toBe('N1')
    expect(code(urlnotifViolation('javascript:alert(1)'))).toBe('N1')
    expect(code(urlnotifViolation(`https://e.fr/${'a'.repeat(240)}`))).toBe('N1')
    expect(code(urlredirectViolation('ftp://e.fr/x'))).toBe('D1')
    expect(code(urlredirectViolation(''))).toBe('D1')
  })

  it('a whole request: the first rule broken, or null', () => {
    const good = {
      numcli: '006270',
      exer: '2026',
      refdet: 'BIL2026000042',
      montant: '3600',
      mel: 'camille.martin@example.fr',
      objet: 'Billets',
      saisie: 'T',
      urlnotif: 'https://p.fr/n',
      urlredirect: 'https://p.fr/r',
    }
    expect(createPaymentViolation(good)).toBeNull()
    expect(code(createPaymentViolation({ ...good, refdet: 'x', montant: '1' }))).toBe('R3')
    expect(code(createPaymentViolation({ ...good, urlredirect: 'nope' }))).toBe('D1')
  })

  it('toPayfipObjet makes a French label acceptable', () => {
    expect(toPayfipObjet('Billets « Le Dôme » — séance du 12/03, n°4 l’été')).toBe('Billets Le Dome seance du 1203 n4 l ete')
    expect(objetViolation(toPayfipObjet('É'.repeat(150)))).toBeNull()
    expect(toPayfipObjet('É'.repeat(150))).toHaveLength(100)
  })
})

describe('payment settings', () => {
  it('the simulator by default, served by the app itself, with its own client number', () => {
    expect(payfipSettings({ PUBLIC_URL: 'https://mairie.example.fr/' })).toEqual({
      provider: 'simulateur',
      numcli: SIMULATOR_NUMCLI,
      saisie: 'T',
      endpoint: 'https://mairie.example.fr/simulateur-payfip/services/securite',
      pageUrl: 'https://mairie.example.fr/simulateur-payfip/paiement',
    })
    const provider = paymentProvider({ PORT: '3100' })
    expect(provider.name).toBe('simulateur')
    expect(provider.paymentPageUrl('abc-1')).toBe('http://localhost:3100/simulateur-payfip/paiement?idop=abc-1')
  })

  it('PayFiP with the town’s number and mode, real addresses by default', () => {
    expect(payfipSettings({ PAYMENT_PROVIDER: 'payfip', PAYFIP_NUMCLI: '006270', PAYFIP_MODE: 'x' })).toEqual({
      provider: 'payfip',
      numcli: '006270',
      saisie: 'X',
      endpoint: PAYFIP_ENDPOINT,
      pageUrl: PAYFIP_PAGE_URL,
    })
    expect(paymentProvider({ PAYMENT_PROVIDER: 'payfip', PAYFIP_NUMCLI: '006270' }).paymentPageUrl('x')).toBe('https://www.payfip.gouv.fr/tpa/paiementws.web?idop=x')
    expect(payfipSettings({ PAYMENT_PROVIDER: 'payfip', PAYFIP_NUMCLI: '006270' }).saisie).toBe('T')
  })

  it('a wrong setting stops with a French message', () => {
    expect(() => payfipSettings({ PAYMENT_PROVIDER: 'stripe' })).toThrow(/simulateur.*payfip/)
    expect(() => payfipSettings({ PAYMENT_PROVIDER: 'payfip' })).toThrow(/PAYFIP_NUMCLI/)
    expect(() => payfipSettings({ PAYMENT_PROVIDER: 'payfip', PAYFIP_NUMCLI: '12345' })).toThrow(/6 chiffres/)
    expect(() => payfipSettings({ PAYMENT_PROVIDER: 'payfip', PAYFIP_NUMCLI: '123456', PAYFIP_MODE: 'P' })).toThrow(/PAYFIP_MODE/)
  })
})
