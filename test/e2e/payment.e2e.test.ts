/**
 * Paying online through the PayFiP simulator served by the built app (#14), in Chromium: a payment
 * abandoned frees the places. Then, over plain HTTP against the same app: a notification replayed
 * ten times at once credits once, a tampered amount is refused, an operation is used once, the
 * régie's export has the payment. (Paid without JavaScript after a refused card, and with
 * JavaScript without a notification, settled by the return: the field-types journey.)
 */
import { newContext } from '../helpers/browser'
import { useRunningApp } from '../helpers/e2eSuite'
import { payOnline } from '../helpers/payOnline'

const suite = useRunningApp({ adminToken: true })

/**
 * Two tickets of Le Songe ordered by plain posts, as a browser without JavaScript sends them (the
 * pages themselves are the tickets journey's): the follow-up page's address, the order awaiting payment.
 */
async function orderTwo(email: string): Promise<string> {
  const base = suite.app.baseURL
  const post = async (values: Record<string, string>) =>
    (await fetch(`${base}/formulaires/billetterie-du-dome/etape`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(values), redirect: 'manual' })).headers.get('location') ?? ''
  const show = (await api('/events?where[slug][equals]=le-songe-d-une-nuit-d-ete&depth=0')).docs[0] as { id: number; tariffs: Array<{ id: string; name: string }>; sessions: Array<{ id: string }> }
  const page = await (await fetch(`${base}/formulaires/billetterie-du-dome?spectacle=le-songe-d-une-nuit-d-ete`)).text()
  const t = /name="t" value="([^"]+)"/.exec(page)![1]
  const first = await post({ t, action: 'suivant', etape: '1', billets: show.sessions[0].id, 'billets.spectacle': String(show.id), [`billets.tarif.${show.tariffs.find((x) => x.name === 'Plein')!.id}`]: '2' })
  const session = /session=([A-Za-z0-9_-]+)/.exec(first)![1]
  await post({ t, session, action: 'suivant', etape: '2', nom: 'Katell Riou', courriel: email })
  const followUp = await post({ t, session, action: 'envoyer' })
  expect(followUp).toMatch(/^\/suivi\/[A-Za-z0-9_-]+\?confirmation=1$/)
  return followUp.split('?')[0]
}

const api = async (path: string) => (await fetch(`${suite.app.baseURL}/api${path}`, { headers: { Authorization: `JWT ${suite.adminToken}` } })).json()
const paymentsOf = async (email: string) => (await api(`/payments?where[payerEmail][equals]=${encodeURIComponent(email)}&sort=createdAt&depth=0`)).docs as Array<{ id: number; state: string; idOp: string; refdet: string }>

describe('paying online through the simulator', () => {
  it('abandoned: nothing paid, the tickets cancelled and their places back on sale', async () => {
    const page = await (await newContext(suite.browser, true)).newPage()
    await page.goto(suite.app.baseURL + (await orderTwo('abandon.e2e@example.fr')))
    await payOnline(page, /^Abandon du paiement/)
    await expect(page.locator('#paiement-section').textContent()).resolves.toContain('Le paiement a été abandonné')
    await expect(page.locator('#suivi-billets').locator('..').textContent()).resolves.toMatch(/Annulé.*Annulé/s)
    expect((await paymentsOf('abandon.e2e@example.fr')).map((p) => p.state)).toEqual(['abandonnee'])
    await page.context().close()
  })

  it('replayed notifications credit once; a tampered amount and a reused operation are refused', async () => {
    const followUp = await orderTwo('rejeu.e2e@example.fr')
    // The amount the page sent, changed: refused, nothing started.
    const tampered = await fetch(`${suite.app.baseURL}${followUp}/paiement`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'montant=100', redirect: 'manual' })
    expect([tampered.status, (await tampered.text()).includes('Montant modifié')]).toEqual([409, true])
    expect(await paymentsOf('rejeu.e2e@example.fr')).toEqual([])
    // Paid with no notification, the tab closed before the return…
    const started = await fetch(`${suite.app.baseURL}${followUp}/paiement`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'montant=3600', redirect: 'manual' })
    const idOp = new URL(started.headers.get('location')!).searchParams.get('idop')!
    const chosen = await fetch(`${suite.app.baseURL}/simulateur-payfip/paiement`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ idop: idOp, resultat: 'P-sans-notification' }), redirect: 'manual' })
    expect(chosen.status).toBe(303)
    // …then ten notifications at once.
    const notified = await Promise.all(
      Array.from({ length: 10 }, () => fetch(`${suite.app.baseURL}/paiement/notification`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ idOp }) }).then((r) => r.status)),
    )
    expect(notified).toEqual(Array(10).fill(200))
    const [payment] = await paymentsOf('rejeu.e2e@example.fr')
    expect(payment.state).toBe('payee')
    const events = (await api(`/payment-events?where[payment][equals]=${payment.id}&limit=50&depth=0`)).docs as Array<{ to: string }>
    expect(events.filter((e) => e.to === 'payee')).toHaveLength(1)
    // Staff see it in the régie's export of the day.
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())
    const regie = await fetch(`${suite.app.baseURL}/api/payments/regie.csv?jour=${day}`, { headers: { Authorization: `JWT ${suite.adminToken}` } })
    const csv = await regie.text()
    expect([regie.status, csv.split('\r\n').some((line) => line.startsWith(`${payment.refdet};`) && line.includes(';36,00;carte;'))]).toEqual([200, true])
    // The operation again: used.
    const reused = await fetch(`${suite.app.baseURL}/simulateur-payfip/paiement`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ idop: idOp, resultat: 'P' }), redirect: 'manual' })
    expect(reused.status).toBe(409)
    // Security headers on the new addresses.
    const notification = await fetch(`${suite.app.baseURL}/paiement/notification`, { method: 'POST', body: '' })
    expect([notification.status, notification.headers.get('x-content-type-options')]).toEqual([400, 'nosniff'])
  })
})
