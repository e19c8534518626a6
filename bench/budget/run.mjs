// `npm run budget`: Lighthouse (mobile profile, Debian's Chromium) on each citizen page type of
// the built app; prints the table, writes bench/results/budget-latest.md, fails under budget.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { startApp } from '../lib/app.mjs'

const lhVersion = JSON.parse(fs.readFileSync(new URL('../../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version
const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 }
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Sends the contact form as a browser without JavaScript would; returns the receipt and follow-up paths. */
async function submitContactForm(base) {
  const page = await (await fetch(`${base}/formulaires/contacter-la-mairie`)).text()
  const t = /name="t" value="([^"]+)"/.exec(page)?.[1] ?? ''
  const post = (fields) =>
    fetch(`${base}/formulaires/contacter-la-mairie/etape`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ t, etape: '1', ...fields }),
    })
  const answers = { nom: 'Le Bihan', prenom: 'Katell', courriel: 'katell@example.fr', objet: 'autre', message: 'Bonjour, une question sur la déchetterie.', consentement: 'oui' }
  const step = await post({ ...answers, action: 'suivant' })
  const check = step.headers.get('location') ?? ''
  const session = /session=([A-Za-z0-9_-]+)/.exec(check)?.[1]
  if (!session) throw new Error(`contact form refused the answers (${step.status}): ${(await step.text()).slice(0, 300)}`)
  const sent = await post({ action: 'envoyer', session })
  const receipt = sent.headers.get('location') ?? ''
  const receiptHtml = await (await fetch(new URL(receipt, base))).text()
  const followUp = /href="(\/suivi\/[^"]+)"/.exec(receiptHtml)?.[1]
  if (!followUp) throw new Error(`no follow-up link on the receipt ${receipt}`)
  return { check: new URL(check, base).pathname + new URL(check, base).search, receipt: new URL(receipt, base).pathname + new URL(receipt, base).search, followUp }
}

/**
 * Imports the real 30014 PLU (90 zones, ~200 prescriptions and information) into the app's
 * throw-away database with the project's own command: the map page is then audited with it.
 * `../shared/realdata` beside the project, or REALDATA_DIR; null when absent (page skipped).
 */
function importRealPlu(app) {
  const realdata = [process.env.REALDATA_DIR, path.resolve(import.meta.dirname, '../../../shared/realdata')].find((d) => d && fs.existsSync(d))
  const archive = realdata && path.join(realdata, 'plu', '30014_PLU_20171013')
  if (!archive || !fs.existsSync(archive)) return null
  const root = path.resolve(import.meta.dirname, '../..')
  execFileSync(path.join(root, 'node_modules', '.bin', 'payload'), ['run', 'src/scripts/import-plu.ts', '--', archive, '--accepter-avertissements'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NODE_OPTIONS: '--no-deprecation --conditions=production',
      DATABASE_URL: `file:${path.join(app.dir, 'bench.db')}`,
      UPLOADS_DIR: path.join(app.dir, 'uploads'),
      PAYLOAD_SECRET: 'bench-secret-0123456789abcdef',
      PUBLIC_URL: app.baseURL,
    },
  })
  return archive
}

// No basemap for the PLU map: this machine has no access to the IGN tile server (each tile would be
// a console error), and tiles are the map's, not the page's. BUDGET_PAGES=name,name audits only those.
const app = await startApp({ FORM_MIN_FILL_SECONDS: '0', PLU_MAP_TILE_URL: '' })
const only = process.env.BUDGET_PAGES ? process.env.BUDGET_PAGES.split(',').map((n) => n.trim()) : null
let chrome
let failed = false
try {
  const submitted = await submitContactForm(app.baseURL)
  const pages = [
    ['accueil', '/'],
    ['toutes les démarches', '/demarches'],
    ['domaine', '/demarches/social-solidarite'],
    ['démarche', '/demarches/etat-civil/acte-de-naissance'],
    ['formulaire', '/formulaires/aide-ccas'],
    ['formulaire avec parcelle', '/formulaires/declaration-prealable'],
    ['vérification', submitted.check, { private: true }],
    ['accusé de réception', submitted.receipt, { private: true }],
    ['suivi', submitted.followUp, { private: true }],
    ['imprimés', '/documents'],
    ['imprimé', '/documents/demande-acte-etat-civil'],
    ['annuaire', '/annuaire/associations?categorie=sport'],
    ['fiche d’association', '/annuaire/associations/etoile-sportive-de-kerlann'],
    ['carte', '/annuaire/carte'],
    ['recherche', '/recherche?q=acte'],
    ['carte du PLU (démo, 4 zones)', '/urbanisme/plu'],
    // Then the real 30014 PLU imported (below): the page with its 90 zones drawn.
    ['carte du PLU (30014, 90 zones)', '/urbanisme/plu', { realPlu: true }],
    // Not the 404 page: Lighthouse refuses to audit a page answered with a 404 status.
  ]
  chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
  })
  const rows = []
  let realPluImported = false
  for (const [name, pagePath, options = {}] of pages) {
    if (only && !only.some((n) => name.startsWith(n))) continue
    if (options.realPlu && !realPluImported) {
      realPluImported = true
      if (!importRealPlu(app)) {
        console.log(`${name}: ignorée (../shared/realdata/plu/30014_PLU_20171013 absent)`)
        continue
      }
      // The app checks the PLU in force every second; its map data are built on the first request.
      await new Promise((r) => setTimeout(r, 1500))
      await fetch(`${app.baseURL}/api/plu/carte`)
    }
    const { lhr } = await lighthouse(app.baseURL + pagePath, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(BUDGET) })
    const scores = Object.fromEntries(Object.keys(BUDGET).map((k) => [k, Math.round((lhr.categories[k]?.score ?? 0) * 100)]))
    // A citizen's private pages are noindex on purpose: search-engine scores do not apply to them.
    if (options.private) scores.seo = 'n/a (noindex)'
    const misses = Object.entries(BUDGET).filter(([k, min]) => typeof scores[k] === 'number' && scores[k] < min)
    const failedAudits = misses.length
      ? Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative').map((a) => a.id).slice(0, 6)
      : []
    const scripts = lhr.audits['resource-summary']?.details?.items?.find((i) => i.resourceType === 'script')
    const jsKb = scripts ? `${Math.round(scripts.transferSize / 1024)} Ko (${scripts.requestCount})` : '?'
    rows.push({ jsKb, name, pagePath: pagePath.replace(/\/suivi\/[^/?]+/, '/suivi/…').replace(/session=[^&]+/, 'session=…'), scores, misses, failedAudits, lcp: lhr.audits['largest-contentful-paint']?.displayValue ?? '' })
    console.log(`${name}: ${Object.values(scores).join(' / ')}${misses.length ? `  ✗ ${failedAudits.join(', ')}` : ''}`)
  }
  failed = rows.some((r) => r.misses.length)
  const table = [
    `### npm run budget — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Lighthouse ${lhVersion} mobile profile (simulated slow 4G, 4× CPU slowdown)`,
    '',
    `Budget: performance ≥ ${BUDGET.performance}, accessibility ${BUDGET.accessibility}, best practices ≥ ${BUDGET['best-practices']}, SEO ≥ ${BUDGET.seo}.`,
    '',
    '| page | path | performance | accessibility | best practices | SEO | LCP | JS transferred (files) | below budget |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.name} | \`${r.pagePath}\` | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${r.lcp} | ${r.jsKb} | ${r.misses.length ? r.failedAudits.join(', ') : '—'} |`),
    '',
  ].join('\n')
  console.log(`\n${table}`)
  fs.mkdirSync(path.join(import.meta.dirname, '..', 'results'), { recursive: true })
  fs.writeFileSync(path.join(import.meta.dirname, '..', 'results', 'budget-latest.md'), table)
  console.log(failed ? 'Budget NON respecté.' : 'Budget respecté.')
} finally {
  await chrome?.kill()
  app.stop()
}
process.exit(failed ? 1 : 0)
