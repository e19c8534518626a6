/**
 * The door's camera (/controle, issue #13): staff point the phone at a real ticket's QR code, the
 * page reads it and sends the form, and the server's verdict shows — valid, then "déjà contrôlé"
 * on a second scan. The camera is Chromium's fake device playing a Y4M video made here from the
 * QR code of a ticket bought through the site. Linux Chromium has no BarcodeDetector, so this
 * exercises the JavaScript decoder (jsQR, decision 0040). Without a camera, a French message and
 * the typed code.
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
 * A Y4M video (4:2:0, grey) of `blankFrames` empty frames then `qrFrames` frames of the QR code of
 * `text`, at 10 frames/s; Chromium loops it. The blank start leaves time to stop the camera.
 */
function qrVideo(file: string, text: string, blankFrames: number, qrFrames: number): void {
  const [width, height, scale] = [480, 360, 6]
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules
  const left = Math.floor((width - size * scale) / 2)
  const top = Math.floor((height - size * scale) / 2)
  const blank = Buffer.alloc(width * height, 235)
  const qr = Buffer.from(blank)
  for (let row = 0; row < size; row++)
    for (let col = 0; col < size; col++) if (data[row * size + col]) for (let y = 0; y < scale; y++) qr.fill(16, (top + row * scale + y) * width + left + col * scale, (top + row * scale + y) * width + left + (col + 1) * scale)
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128)
  const frame = (luma: Buffer) => Buffer.concat([Buffer.from('FRAME\n'), luma, chroma])
  const frames = [...Array(blankFrames).fill(blank), ...Array(qrFrames).fill(qr)].map(frame)
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...frames]))
}

async function post(page: Page, name: string | RegExp) {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name }).last().click()])
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
    codes = await buyTickets(2)
    expect(codes).toHaveLength(2)
    qrVideo(video, codes[0], 60, 20)
    camera = await launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`])
  }, 120_000)

  afterAll(async () => {
    await camera?.close()
    await noCamera?.close()
    fs.rmSync(video, { force: true })
  })

  it('opens and stops the camera, then a scanned ticket is let in once and refused the second time', async () => {
    const phone = await doorPhone(camera)
    // Should Linux Chromium gain the detector, this suite would no longer test the JS decoder.
    expect(await phone.evaluate(() => 'BarcodeDetector' in globalThis)).toBe(false)
    await phone.getByLabel('Porte').fill('3')
    // Opened on the blank start of the video: the focus moves to the button that replaced the pressed one.
    await phone.getByRole('button', { name: 'Scanner avec la caméra' }).click()
    await phone.getByRole('button', { name: 'Arrêter la caméra' }).waitFor()
    await focusOn(phone, 'Arrêter la caméra')
    expect(await phone.getByLabel('Image de la caméra arrière').isVisible()).toBe(true)
    await expect(phone.getByRole('status').filter({ hasText: 'Caméra' }).textContent()).resolves.toContain('Caméra ouverte')
    await phone.getByRole('button', { name: 'Arrêter la caméra' }).click()
    await focusOn(phone, 'Scanner avec la caméra')
    expect(await phone.getByLabel('Image de la caméra arrière').isVisible()).toBe(false)
    expect({ violations: await axeViolations(phone) }).toEqual({ violations: [] })

    // The QR code comes into view: read, put in the form, sent; the server's verdict shows.
    await Promise.all([phone.waitForURL(/\/controle\?.*scan=/, { timeout: 30_000 }), phone.getByRole('button', { name: 'Scanner avec la caméra' }).click()])
    await expect(phone.locator('.door-verdict--ok').textContent()).resolves.toContain('Billet valide')

    // The same ticket shown again: the server refuses it.
    const first = phone.url()
    await Promise.all([phone.waitForURL((url) => url.href !== first && url.search.includes('scan='), { timeout: 30_000 }), phone.getByRole('button', { name: 'Scanner avec la caméra' }).click()])
    await phone.locator('.door-verdict--refused').waitFor()
    await expect(phone.locator('.door-verdict--refused').textContent()).resolves.toMatch(/Déjà contrôlé.*porte 3/)
    await phone.context().close()
  }, 120_000)

  it('without a camera: a French message, and the typed code still works', async () => {
    const phone = await doorPhone(noCamera)
    await phone.getByRole('button', { name: 'Scanner avec la caméra' }).click()
    await expect(phone.getByRole('alert').filter({ hasText: /caméra/ }).textContent()).resolves.toContain('Aucune caméra n’est disponible sur cet appareil')
    await phone.getByLabel('Code du billet').fill(codes[1])
    await Promise.all([phone.waitForNavigation(), phone.getByRole('button', { name: 'Contrôler' }).click()])
    await expect(phone.locator('.door-verdict--ok').textContent()).resolves.toContain('Billet valide')
    await phone.context().close()
  }, 60_000)

  it('without JavaScript the page is the typed code only', async () => {
    const phone = await doorPhone(noCamera, false)
    await phone.getByLabel('Code du billet').waitFor()
    expect(await phone.getByRole('button', { name: 'Scanner avec la caméra' }).count()).toBe(0)
    expect(await phone.locator('video').count()).toBe(0)
    await phone.context().close()
  })
})
