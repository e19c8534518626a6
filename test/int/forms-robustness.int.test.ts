/**
 * Robustness of the step handler: thousands of random and malformed posts never give a 5xx and
 * never store a request; 500 concurrent valid requests give 500 stored, distinct references.
 */
import fc from 'fast-check'

import { seedDemo } from '../../src/seed/index'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { formClient } from '../helpers/formClient'

let booted: BootedPayload
let client: ReturnType<typeof formClient>

beforeAll(async () => {
  booted = await bootPayload()
  process.env.OUTBOX_DIR = `${booted.uploadsDir}/../outbox`
  process.env.FORM_MIN_FILL_SECONDS = '3'
  process.env.FORM_RATE_LIMIT_PER_MINUTE = '1000000'
  await seedDemo(booted.payload)
  client = formClient(booted.payload)
}, 120_000)

afterAll(async () => booted?.shutdown())

const count = () => booted.payload.count({ collection: 'submissions', overrideAccess: true }).then((r) => r.totalDocs)

const FIELD_NAMES = ['nom', 'prenom', 'courriel', 'telephone', 'objet', 'message', 'consentement', 'adresse.codePostal', 'foyer.__items', 'foyer.0.prenom', 'siret', 'iban', 'identite.dateNaissance', 'ressources', 'nature', 'action', 'etape', 'session', 't']
const SLUGS = ['contacter-la-mairie', 'aide-ccas', 'acte-de-deces', 'reservation-salle', 'inexistant']

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '0', '-1', '1e309', 'NaN', '2026-02-30', '99999999999999', 'FR00 0000', '<script>alert(1)</script>', "'; DROP TABLE submissions;--", '{{reference}}', 'envoyer', 'envoyer-tout', 'verifier-tout', 'ajouter:foyer', 'retirer:foyer:99', 'retirer:foyer:-1', '\u0000', 'é'.repeat(3000)),
)

describe('random and malformed posts', () => {
  it('never answer 5xx and never store a request', async () => {
    const before = await count()
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SLUGS),
        fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 })), { maxKeys: 12 }),
        async (slug, values) => {
          const res = await client.post(slug, values as Record<string, string | string[]>)
          expect(res.status).toBeLessThan(500)
          expect([303, 400, 404]).toContain(res.status)
        },
      ),
      { numRuns: 1500 },
    )
    // An "envoyer" with a random session can never store: sessions are 192-bit secrets.
    expect(await count()).toBe(before)
  }, 600_000)
})

describe('concurrency', () => {
  it('500 concurrent valid requests → 500 stored, 500 distinct sequential references', async () => {
    const before = await count()
    const flows = Array.from({ length: 500 }, async (_, i) => {
      const answers = { nom: `Nom${i}`, prenom: 'Test', courriel: `usager${i}@example.fr`, objet: 'autre', message: `Message numéro ${i}`, consentement: 'oui' }
      // Half as a browser with JavaScript does (one post), half without (step, then send).
      if (i % 2) {
        const sent = await client.post('contacter-la-mairie', { action: 'envoyer-tout', ...answers })
        if (!sent.followUp) throw new Error(`one-post send ${i}: ${sent.status} ${sent.location}`)
        return sent.followUp
      }
      const step = await client.post('contacter-la-mairie', { action: 'suivant', ...answers })
      if (!step.session) throw new Error(`step ${i}: ${step.status} ${step.location}`)
      const sent = await client.post('contacter-la-mairie', { action: 'envoyer', session: step.session })
      if (!sent.followUp) throw new Error(`send ${i}: ${sent.status} ${sent.location}`)
      return sent.followUp
    })
    const tokens = await Promise.all(flows)
    expect(new Set(tokens).size).toBe(500)
    expect(await count()).toBe(before + 500)
    const { docs } = await booted.payload.find({ collection: 'submissions', limit: 0, pagination: false, overrideAccess: true, depth: 0, select: { reference: true } })
    const references = docs.map((d) => d.reference)
    expect(new Set(references).size).toBe(references.length)
    const numbers = references.map((r) => Number(r.split('-')[1])).sort((a, b) => a - b)
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1))
  }, 600_000)
})
