/**
 * The door's camera (/controle, issue #13, decisions 0040 and 0073): staff point the phone at real
 * tickets' QR codes one after the other; the camera stays open, each code is judged by the server
 * without leaving the page, the ticket held before the lens is not sent twice, and shown again on
 * purpose it is refused. The camera is Chromium's fake device playing a Y4M video made here from
 * the QR codes of tickets bought through the site. Linux Chromium has no BarcodeDetector, so this
 * exercises the JavaScript decoder (jsQR). Without a camera, a French message and the typed code.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import QRCode from 'qrcode'

import { axeViolations } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { logIn, useRunningApp } from '../helpers/e2eSuite'
import { blockApplicationScripts } from '../helpers/noScript'
import { codesIn } from '../helpers/ticketCodes'

const suite = useRunningApp({ browser: false, adminToken: true })

const STAFF = { email: 'porte.dome@e2e.kerlann.fr', password: 'Porte-du-Dome-e2e-2026' }
const PHONE = { width: 390, height: 844 }

/**
 * A Y4M video (4:2:0, grey, 5 frames/s) of `scenes`: each the QR code of a text (or nothing) for
 * some seconds. Chromium plays it from its start each time the camera opens, and loops it.
 */
function qrVideo(file: string, scenes: Array<[text: string | null, seconds: number]>): void {
  const [width, height, scale, fps] = [480, 360, 6, 5]
  const blank = Buffer.alloc(width * height, 235)
  const picture = (text: string) => {
    const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules
    const left = Math.floor((width - size * scale) / 2)
    const top = Math.floor((height - size * scale) / 2)
    const qr = Buffer.from(blank)
    for (let row = 0; row < size; row++)
      for (let col = 0; col < size; col++) if (data[row * size + col]) for (let y = 0; y < scale; y++) qr.fill(16, (top + row * scale + y) * width + left + col * scale, (top + row * scale + y) * width + left + (col + 1) * scale)
    return qr
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128)
  const frames = scenes.flatMap(([text, seconds]) => Array<Buffer>(seconds * fps).fill(Buffer.concat([Buffer.from('FRAME\n'), text ? picture(text) : blank, chroma])))
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`), ...frames]))
}

/**
 * Tickets bought as a browser without JavaScript would, by its very posts (the purchase itself is
 * the field-types journey's; here only the codes matter): the steps, the send, the payment on the
 * simulator, then the codes read from the PDF.
 */
async function buyTickets(count: number): Promise<string[]> {
  const base = suite.app.baseURL
  const form = { 'content-type': 'application/x-www-form-urlencoded' }
  const post = async (path: string, values: Record<string, string>) => {
    const response = await fetch(base + path, { method: 'POST', headers: form, body: new URLSearchParams(values), redirect: 'manual' })
    return response.headers.get('location') ?? ''
  }
  const show = (await (await fetch(`${base}/api/events?where[slug][equals]=le-songe-d-une-nuit-d-ete&depth=0`, { headers: { Authorization: `JWT ${suite.adminToken}` } })).json()).docs[0]
  const plein = show.tariffs.find((t: { name: string }) => t.name === 'Plein').id
  const page = await (await fetch(`${base}/formulaires/billetterie-du-dome?spectacle=le-songe-d-une-nuit-d-ete`)).text()
  const t = /name="t" value="([^"]+)"/.exec(page)![1]
  const first = await post('/formulaires/billetterie-du-dome/etape', { t, action: 'suivant', etape: '1', billets: show.sessions[0].id, 'billets.spectacle': String(show.id), [`billets.tarif.${plein}`]: String(count) })
  const session = /session=([A-Za-z0-9_-]+)/.exec(first)![1]
  await post('/formulaires/billetterie-du-dome/etape', { t, session, action: 'suivant', etape: '2', nom: 'Nolwenn Le Floch', courriel: 'nolwenn@example.fr' })
  const followUp = /^\/suivi\/([A-Za-z0-9_-]+)/.exec(await post('/formulaires/billetterie-du-dome/etape', { t, session, action: 'envoyer' }))![1]
  const idop = new URL(await post(`/suivi/${followUp}/paiement`, { montant: String(count * 1800) }), base).searchParams.get('idop')!
  await fetch(new URL(await post('/simulateur-payfip/paiement', { idop, resultat: 'P' }), base), { redirect: 'manual' })
  const pdf = await fetch(`${base}/suivi/${followUp}/billets.pdf`)
  expect(pdf.status).toBe(200)
  return codesIn(Buffer.from(await pdf.arrayBuffer()))
}

/** A phone of the door's staff (a user with the "billetterie" permission only), on /controle. */
async function doorPhone(browser: Browser, javaScriptEnabled = true): Promise<Page> {
  const context = await newContext(browser, javaScriptEnabled, PHONE)
  await context.addCookies([{ name: 'payload-token', value: await logIn(suite.app.baseURL, STAFF), url: suite.app.baseURL }])
  const page = await context.newPage()
  await page.goto(`${suite.app.baseURL}/controle`)
  return page
}

/** Waits until the focused element reads `text` (the focus is moved after React's render). */
const focusOn = (page: Page, text: string) => page.waitForFunction((expected) => document.activeElement?.textContent === expected, text, { timeout: 5_000 })

interface DoorFeedback {
  announced: string[]
  vibrated: VibratePattern[]
}

/**
 * What the page did that a person perceives without looking, recorded in the page: each text the
 * live region received (a screen reader announces each once) and each vibration asked for. The
 * browser's own `vibrate` still runs.
 */
async function recordFeedback(page: Page): Promise<void> {
  await page.evaluate(() => {
    const recorded: DoorFeedback = { announced: [], vibrated: [] }
    Object.assign(window, { doorFeedback: recorded })
    const announcer = document.querySelector('[data-door-announcer]')!
    new MutationObserver((changes) => changes.forEach((change) => change.addedNodes.forEach((node) => recorded.announced.push(node.textContent ?? '')))).observe(announcer, { childList: true, subtree: true })
    const vibrate = navigator.vibrate.bind(navigator)
    navigator.vibrate = ((pattern: VibratePattern) => (recorded.vibrated.push(pattern), vibrate(pattern))) as Navigator['vibrate']
  })
}
const feedback = (page: Page) => page.evaluate(() => (window as unknown as { doorFeedback: DoorFeedback }).doorFeedback)

/** What the document says of its visibility, then the event a browser sends when a phone is locked or switched to another app. */
const setVisibility = (page: Page, state: 'hidden' | 'visible') =>
  page.evaluate((hidden) => {
    if (hidden) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
    else delete (document as { visibilityState?: unknown }).visibilityState
    document.dispatchEvent(new Event('visibilitychange'))
  }, state === 'hidden')

describe('the door reads tickets with the camera', () => {
  let noCamera: Browser
  let camera: Browser
  let codes: string[]
  const video = path.join(os.tmpdir(), `door-camera-${process.pid}.y4m`)

  beforeAll(async () => {
    const created = await fetch(`${suite.app.baseURL}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${suite.adminToken}` },
      body: JSON.stringify({ ...STAFF, name: 'Yannig Le Port', role: 'communication', permissions: ['billetterie'] }),
    })
    expect(created.status).toBe(201)
    // Media requests granted without a prompt, but no camera at all on this machine.
    noCamera = await launchBrowser(['--use-fake-ui-for-media-stream'])
    codes = await buyTickets(3)
    expect(codes).toHaveLength(3)
    // Ticket A held 4 s, out of view 3 s, shown again; then ticket B. The blank start leaves time to look at the open camera.
    qrVideo(video, [
      [null, 4],
      [codes[0], 4],
      [null, 3],
      [codes[0], 2],
      [null, 1],
      [codes[1], 2],
      [null, 2],
    ])
    camera = await launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`])
  }, 120_000)

  afterAll(async () => {
    await camera?.close()
    await noCamera?.close()
    fs.rmSync(video, { force: true })
  })

  it('keeps scanning: a ticket let in once while held in view, refused when shown again, the next one let in — without a press or leaving the page', async () => {
    const phone = await doorPhone(camera)
    // Should Linux Chromium gain the detector, this suite would no longer test the JS decoder.
    expect(await phone.evaluate(() => 'BarcodeDetector' in globalThis)).toBe(false)
    await phone.getByLabel('Porte').fill('3')
    await recordFeedback(phone)
    const scans: number[] = []
    phone.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/controle/scan') scans.push(Date.now())
    })
    // A navigation would replace the window and its mark.
    await phone.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true))
    const samePage = () => phone.evaluate(() => (window as unknown as { samePage?: boolean }).samePage === true)

    // Opened on the blank start of the video: the focus moves to the button that replaced the pressed one.
    await phone.getByRole('button', { name: 'Scanner avec la caméra' }).click()
    await phone.getByRole('button', { name: 'Arrêter la caméra' }).waitFor()
    await focusOn(phone, 'Arrêter la caméra')
    expect(await phone.getByLabel('Image de la caméra arrière').isVisible()).toBe(true)
    await expect(phone.getByRole('status').filter({ hasText: 'Caméra' }).textContent()).resolves.toContain('Caméra ouverte')

    // Ticket A comes into view: read, judged by the server, shown; the address says so, as after a post without JavaScript.
    await phone.locator('.door-verdict--ok', { hasText: 'Billet valide' }).waitFor({ timeout: 30_000 })
    expect(phone.url()).toMatch(/\/controle\?seance=[^&]*&porte=3&scan=\w+$/)
    expect(scans).toHaveLength(1)
    expect({ violations: await axeViolations(phone) }).toEqual({ violations: [] })
    // Still held before the lens (4 s of video): not sent again, the verdict stays.
    await phone.waitForTimeout(Math.max(0, scans[0] + 2_500 - Date.now()))
    expect(scans).toHaveLength(1)
    expect(await phone.locator('.door-verdict--ok').count()).toBe(1)

    // Out of view for 3 s, then shown again: the server refuses it.
    await phone.locator('.door-verdict--refused').waitFor({ timeout: 20_000 })
    await expect(phone.locator('.door-verdict--refused').textContent()).resolves.toMatch(/Déjà contrôlé.*porte 3/)
    expect(scans).toHaveLength(2)
    // Then ticket B, a different code: let in at once.
    await phone.locator('.door-verdict--ok').waitFor({ timeout: 20_000 })
    expect(scans).toHaveLength(3)
    expect(await samePage()).toBe(true)
    await expect(phone.getByRole('button', { name: 'Arrêter la caméra' }).isVisible()).resolves.toBe(true)
    // Each verdict announced once — the two "Billet valide" read alike and are both announced — and felt.
    const felt = await feedback(phone)
    expect(felt.announced).toEqual([expect.stringMatching(/^Billet valide\. Plein — /), expect.stringMatching(/^Entrée refusée : Déjà contrôlé\. .*porte 3/), felt.announced[0]])
    expect(felt.vibrated).toEqual([80, [150, 80, 150], 80])

    // While the camera runs, a typed code is judged in the page too: the camera stays open.
    await phone.getByLabel('Code du billet').fill('PAS-UN-BILLET')
    await phone.getByRole('button', { name: 'Contrôler' }).click()
    await phone.locator('.door-verdict--refused', { hasText: 'Code non reconnu' }).waitFor()
    expect([scans.length, await samePage(), await phone.getByLabel('Code du billet').inputValue()]).toEqual([4, true, ''])
    await expect(phone.getByRole('button', { name: 'Arrêter la caméra' }).isVisible()).resolves.toBe(true)

    // The phone locked: the camera closes; unlocked: it opens again by itself.
    await setVisibility(phone, 'hidden')
    await phone.getByRole('button', { name: 'Scanner avec la caméra' }).waitFor()
    expect(await phone.getByLabel('Image de la caméra arrière').isVisible()).toBe(false)
    await setVisibility(phone, 'visible')
    await phone.getByRole('button', { name: 'Arrêter la caméra' }).waitFor()
    await phone.getByRole('button', { name: 'Arrêter la caméra' }).click()
    await focusOn(phone, 'Scanner avec la caméra')
    expect(await phone.getByLabel('Image de la caméra arrière').isVisible()).toBe(false)
    expect([scans.length, (await feedback(phone)).announced.length]).toEqual([4, 4])
    await phone.context().close()
  }, 120_000)

  it('without a camera: a French message, and the typed code still works', async () => {
    const phone = await doorPhone(noCamera)
    await phone.getByRole('button', { name: 'Scanner avec la caméra' }).click()
    await expect(phone.getByRole('alert').filter({ hasText: /caméra/ }).textContent()).resolves.toContain('Aucune caméra n’est disponible sur cet appareil')
    // The camera closed, the typed code is sent as without JavaScript.
    await phone.getByLabel('Code du billet').fill(codes[2])
    await Promise.all([phone.waitForNavigation(), phone.getByRole('button', { name: 'Contrôler' }).click()])
    await expect(phone.locator('.door-verdict--ok').textContent()).resolves.toContain('Billet valide')
    await phone.context().close()
  }, 60_000)

  it('without JavaScript the page is the typed code only; the verdict as JSON is for the door staff only', async () => {
    const phone = await doorPhone(noCamera, false)
    await phone.getByLabel('Code du billet').waitFor()
    expect(await phone.getByRole('button', { name: 'Scanner avec la caméra' }).count()).toBe(0)
    expect(await phone.locator('video').count()).toBe(0)
    await phone.context().close()
    const anonymous = await fetch(`${suite.app.baseURL}/controle/scan`, { method: 'POST', headers: { Accept: 'application/json' }, body: new URLSearchParams({ code: codes[2], porte: '1' }) })
    expect(anonymous.status).toBe(403)
  })
})
