import { getPayload } from 'payload'
import config from '@payload-config'
import { signedTimestamp } from '../src/forms/antiAbuse'
import { handleStepPost } from '../src/forms/handleStepPost'
process.env.FORM_MIN_FILL_SECONDS = '0'
process.env.FORM_RATE_LIMIT_PER_MINUTE = '100000000'
const payload = await getPayload({ config })
const org = (await payload.find({ collection: 'organisations', limit: 1, overrideAccess: true })).docs[0] ?? await payload.create({ collection: 'organisations', overrideAccess: true, data: { name: 'Commune', slug: 'commune', email: 'mairie@k.fr' } as never })
const opt = (labels: string[]) => labels.map((label) => ({ label, value: label.toLowerCase() }))
const fields = [
  { blockType: 'text', label: 'Nom', name: 'nom', required: true },
  { blockType: 'text', label: 'Prénom', name: 'prenom', required: true },
  { blockType: 'email', label: 'Courriel', name: 'courriel', required: true },
  { blockType: 'telephone', label: 'Téléphone', name: 'telephone', required: true },
  { blockType: 'number', label: 'Âge', name: 'age', min: 16, max: 120, required: true },
  { blockType: 'date', label: 'Date souhaitée', name: 'date_souhaitee', required: true },
  { blockType: 'select', label: 'Objet', name: 'objet', options: opt(['Urbanisme', 'Voirie', 'Autre']), required: true },
  { blockType: 'radio', label: 'Canal', name: 'canal', options: opt(['Courriel', 'Téléphone']), required: true },
  { blockType: 'checkboxes', label: 'Intérêts', name: 'interets', options: opt(['Culture', 'Sport', 'Jeunesse']) },
  { blockType: 'text', label: 'Adresse', name: 'adresse_ligne', required: true },
  { blockType: 'textarea', label: 'Message', name: 'message', required: true },
  { blockType: 'checkbox', label: "J'accepte", name: 'consentement', required: true },
]
const slug = `banc-${Date.now()}`
await payload.create({ collection: 'forms', overrideAccess: true, data: { title: 'Banc', slug, organisation: org.id, steps: [{ title: 'Tout', fields }], emails: { serviceEmail: 's@k.fr' }, _status: 'published' } as never })
const answers: Record<string, string | string[]> = { nom: 'Le Goff', prenom: 'Anne', courriel: 'anne.legoff@example.fr', telephone: '06 12 34 56 78', age: '42', date_souhaitee: '2026-12-01', objet: 'urbanisme', canal: 'courriel', interets: ['culture', 'sport'], adresse_ligne: '3 rue des Lilas, 56890 Kerlann', message: 'Bonjour, je souhaite un rendez-vous.', consentement: 'oui', action: 'envoyer-tout', etape: '1' }
const t = signedTimestamp(Date.now() - 60000)
const post = async () => {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(answers)) for (const x of Array.isArray(v) ? v : [v]) params.append(k, x)
  params.set('t', t)
  const res = await handleStepPost(payload, slug, new Request(`http://x/formulaires/${slug}/etape`, { method: 'POST', body: params, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '1.2.3.4' } }), async (job) => { await job() })
  if (res.status !== 303 || !res.headers.get('location')?.startsWith('/suivi/')) throw new Error(`${res.status} ${res.headers.get('location')}`)
}
if (process.env.TRACE) {
  const client = (payload.db as unknown as { client: Record<string, (...a: unknown[]) => unknown> }).client
  for (const m of ['execute', 'batch', 'transaction', 'executeMultiple']) {
    const orig = client[m].bind(client)
    client[m] = (...a: unknown[]) => { const q = a[0] as { sql?: string } | string; console.log('SQL', m, (typeof q === 'string' ? q : q?.sql ?? JSON.stringify(q)).slice(0, 160)); return orig(...a) }
  }
  await post(); console.log('--- one post'); await post(); console.log('--- end'); process.exit(0)
}
const N = Number(process.env.N ?? 1500)
for (let i = 0; i < 50; i++) await post()
const t0 = performance.now()
const conc = Number(process.env.C ?? 1)
let done = 0
await Promise.all(Array.from({ length: conc }, async () => { while (done < N) { done++; await post() } }))
console.log('handleStepPost envoyer-tout', ((performance.now() - t0) / N).toFixed(2), 'ms/op, concurrency', conc)
process.exit(0)
