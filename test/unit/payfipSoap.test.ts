/**
 * PayFiP's SOAP messages (#14): the client's envelopes and the simulator's answers validated
 * against the service's real schemas (../shared/realdata/payfip/, xmllint compiled to WASM),
 * answers and the four fault types parsed back.
 */
import fs from 'node:fs'
import path from 'node:path'

import { validateXML } from 'xmllint-wasm'

import { clientDetailEnvelope, createPaymentEnvelope, paymentDetailEnvelope } from '../../src/payment/payfip/envelopes'
import { FAULT_KINDS, parseClientDetailResponse, parseCreatePaymentResponse, parsePaymentDetailResponse } from '../../src/payment/payfip/responses'
import type { CreatePaymentFields } from '../../src/payment/payfip/rules'
import { PayfipFault } from '../../src/payment/provider'
import { clientFaultAnswer, faultAnswer, responseAnswer } from '../../src/payment/simulator/answers'
import { realdataPath } from '../helpers/realdata'

const SCHEMA_DIR = realdataPath('payfip', 'dafap-SchoolBusManager')
const schemaFile = (name: string) => ({ fileName: name, contents: fs.readFileSync(path.join(SCHEMA_DIR, name), 'utf8') })
const MAIN_SCHEMA = 'PaiementSecuriseService_schema1.xsd'

/** The element inside soap Body, as its own document (it declares its namespace itself), for the service's schema. */
function bodyElement(envelope: string): string {
  const match = /<(?:soapenv|S):Body>([\s\S]*)<\/(?:soapenv|S):Body>/.exec(envelope)
  if (!match) throw new Error('no SOAP body in ' + envelope)
  return match[1]
}

async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'message.xml', contents: xml },
    schema: schemaFile(MAIN_SCHEMA),
    preload: [schemaFile('PaiementSecuriseService_schema2.xsd'), schemaFile('PaiementSecuriseService_schema3.xsd')],
  })
  return result.errors.map((error) => error.rawMessage)
}

const FIELDS: CreatePaymentFields = {
  numcli: '006270',
  exer: '2026',
  refdet: 'BIL2026000042',
  montant: '3600',
  mel: 'camille.martin@example.fr',
  objet: 'Billets Le Dome seance du 12 mars',
  saisie: 'T',
  urlnotif: 'https://portail.example.fr/paiement/notification',
  urlredirect: 'https://portail.example.fr/paiement/retour?ref=a&b=c',
}

describe('PayFiP request envelopes', () => {
  it('the schemas are the real ones', () => {
    expect(fs.readFileSync(path.join(SCHEMA_DIR, 'PaiementSecuriseService.wsdl'), 'utf8')).toContain('soapAction=""')
  })

  it('creerPaiementSecurise validates against the WSDL schema, fields in the schema order, values escaped', async () => {
    const envelope = createPaymentEnvelope(FIELDS)
    expect(await schemaErrors(bodyElement(envelope))).toEqual([])
    expect(envelope).toContain('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">')
    expect(envelope).toMatch(/<arg0><exer>2026<\/exer><mel>.*<\/mel><montant>3600<\/montant><numcli>006270<\/numcli><objet>.*<\/objet><refdet>.*<\/refdet><saisie>T<\/saisie><urlnotif>.*<\/urlnotif><urlredirect>.*<\/urlredirect><\/arg0>/)
    expect(envelope).toContain('<urlredirect>https://portail.example.fr/paiement/retour?ref=a&amp;b=c</urlredirect>')
  })

  it('a value with markup characters stays text', async () => {
    const envelope = createPaymentEnvelope({ ...FIELDS, mel: 'a<b>&"c\'@example.fr' })
    expect(envelope).toContain('<mel>a&lt;b&gt;&amp;&quot;c&apos;@example.fr</mel>')
    expect(await schemaErrors(bodyElement(envelope))).toEqual([])
  })

  it('an empty objet is left out (minOccurs 0) and the envelope stays valid', async () => {
    const envelope = createPaymentEnvelope({ ...FIELDS, objet: '' })
    expect(envelope).not.toContain('<objet>')
    expect(await schemaErrors(bodyElement(envelope))).toEqual([])
  })

  it('recupererDetailPaiementSecurise and recupererDetailClient validate (idOp, numCli as the schema spells them)', async () => {
    const detail = paymentDetailEnvelope('cc0cb210-1cd4-11ea-8cca-0213ad91a103')
    expect(detail).toContain('<arg0><idOp>cc0cb210-1cd4-11ea-8cca-0213ad91a103</idOp></arg0>')
    expect(await schemaErrors(bodyElement(detail))).toEqual([])
    const client = clientDetailEnvelope('006270')
    expect(client).toContain('<arg0><numCli>006270</numCli></arg0>')
    expect(await schemaErrors(bodyElement(client))).toEqual([])
  })

  it('the validator does refuse what the schema refuses', async () => {
    const wrong = bodyElement(createPaymentEnvelope(FIELDS)).replace('<exer>2026</exer><mel>', '<mel>').replace('</mel>', '</mel><exer>2026</exer>')
    expect((await schemaErrors(wrong)).length).toBeGreaterThan(0)
    const unknownField = bodyElement(paymentDetailEnvelope('x')).replace('<idOp>', '<idop>').replace('</idOp>', '</idop>')
    expect((await schemaErrors(unknownField)).length).toBeGreaterThan(0)
  })
})

const DETAIL: Array<[string, string | undefined]> = [
  ['dattrans', '19112015'],
  ['exer', '2015'],
  ['heurtrans', '1735'],
  ['idOp', '81bdf4c0-8edb-11e5-99d5-00000a634c44'],
  ['mel', 'usager@example.fr'],
  ['montant', '1500'],
  ['numauto', 'A55A'],
  ['numcli', '006270'],
  ['objet', 'test'],
  ['refdet', '123456789'],
  ['resultrans', 'P'],
  ['saisie', 'T'],
]

describe('PayFiP answers (as the simulator writes them) and their parsing', () => {
  it('creerPaiementSecuriseResponse: valid, idOp read', async () => {
    const { status, xml } = responseAnswer('creerPaiementSecurise', [['idOp', '6475fa10-b338-11e2-a082-001fe256bdfe']])
    expect(status).toBe(200)
    expect(await schemaErrors(bodyElement(xml))).toEqual([])
    expect(parseCreatePaymentResponse(xml)).toEqual({ idOp: '6475fa10-b338-11e2-a082-001fe256bdfe' })
  })

  it('recupererDetailPaiementSecuriseResponse: valid, every field read as sent (numcli keeps its zeros)', async () => {
    const { xml } = responseAnswer('recupererDetailPaiementSecurise', DETAIL)
    expect(await schemaErrors(bodyElement(xml))).toEqual([])
    expect(parsePaymentDetailResponse(xml)).toEqual({
      idOp: '81bdf4c0-8edb-11e5-99d5-00000a634c44',
      resultrans: 'P',
      amountCents: 1500,
      refdet: '123456789',
      numcli: '006270',
      exer: '2015',
      mel: 'usager@example.fr',
      objet: 'test',
      saisie: 'T',
      dattrans: '19112015',
      heurtrans: '1735',
      numauto: 'A55A',
    })
  })

  it('a refusal has no numauto: undefined, not an empty string', () => {
    const { xml } = responseAnswer('recupererDetailPaiementSecurise', DETAIL.map(([name, value]) => [name, name === 'numauto' ? undefined : name === 'resultrans' ? 'R' : value]))
    const detail = parsePaymentDetailResponse(xml)
    expect(detail.resultrans).toBe('R')
    expect(detail.numauto).toBeUndefined()
  })

  it('any prefix the server picks is read the same', () => {
    const xml =
      '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><x:creerPaiementSecuriseResponse xmlns:x="urn:any"><return><idOp>abc</idOp></return></x:creerPaiementSecuriseResponse></soap:Body></soap:Envelope>'
    expect(parseCreatePaymentResponse(xml)).toEqual({ idOp: 'abc' })
  })

  it('recupererDetailClientResponse: valid and read', async () => {
    const { xml } = responseAnswer('recupererDetailClient', [['libelleN1', 'MAIRIE'], ['libelleN2', 'REGIE'], ['libelleN3', ''], ['numcli', '006270']])
    expect(await schemaErrors(bodyElement(xml))).toEqual([])
    expect(parseClientDetailResponse(xml)).toEqual({ numcli: '006270', libelleN1: 'MAIRIE', libelleN2: 'REGIE', libelleN3: '' })
  })

  it.each(FAULT_KINDS)('a %s fault: HTTP 500, its detail valid against the schema, parsed into PayfipFault', async (kind) => {
    const { status, xml } = faultAnswer(kind, { code: 'P5', libelle: 'Résultat de la transaction non connu.' })
    expect(status).toBe(500)
    const detail = /<detail>([\s\S]*)<\/detail>/.exec(xml)![1]
    expect(await schemaErrors(detail)).toEqual([])
    expect(xml).toContain(`<faultstring>fr.gouv.finances.cp.tpa.webservice.exceptions.${kind}</faultstring>`)
    const thrown = (() => {
      try {
        parsePaymentDetailResponse(xml)
      } catch (error) {
        return error
      }
    })()
    expect(thrown).toBeInstanceOf(PayfipFault)
    expect(thrown).toMatchObject({ kind, code: 'P5', libelle: 'Résultat de la transaction non connu.' })
  })

  it('a bare SOAP fault, a non-SOAP body, a DOCTYPE or the wrong answer: TechProtocolaireErreur, never a crash', () => {
    for (const xml of [clientFaultAnswer('Requête SOAP illisible.').xml, '<html>502 Bad Gateway</html>', 'pas du XML <', '', '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', responseAnswer('creerPaiementSecurise', [['idOp', 'x']]).xml]) {
      expect(() => parsePaymentDetailResponse(xml)).toThrow(PayfipFault)
      try {
        parsePaymentDetailResponse(xml)
      } catch (error) {
        expect((error as PayfipFault).kind).toBe('TechProtocolaireErreur')
      }
    }
  })

  it('an unknown resultrans or an unreadable amount is refused, not guessed', () => {
    const with_ = (name: string, value: string) => responseAnswer('recupererDetailPaiementSecurise', DETAIL.map(([n, v]) => [n, n === name ? value : v])).xml
    expect(() => parsePaymentDetailResponse(with_('resultrans', 'Q'))).toThrow(/Résultat de transaction inconnu/)
    expect(() => parsePaymentDetailResponse(with_('montant', '12,50'))).toThrow(/Montant illisible/)
    expect(() => parsePaymentDetailResponse(with_('saisie', 'M'))).toThrow(/Mode de saisie inconnu/)
  })
})
