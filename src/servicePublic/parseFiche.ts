import { XMLParser, XMLValidator } from 'fast-xml-parser'

import type { Fiche, FicheService, ParseResult } from './types'

export const FICHE_CODE = /^[FNR]\d{1,6}$/

const SERVICE_KINDS: Record<string, FicheService['kind']> = { Téléservice: 'teleservice', Formulaire: 'formulaire' }

type XmlNode = { [key: string]: unknown }

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  // Elements that may repeat are always arrays, so one and many read the same way.
  isArray: (name) => name === 'ServiceEnLigne' || name === 'dc:date',
})

/** Text of an element, whatever the parser made of it (string, {#text}, nested inline elements). */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(' ')
  if (typeof value === 'object') {
    return Object.entries(value as XmlNode)
      .filter(([key]) => !key.startsWith('@_'))
      .map(([, v]) => textOf(v))
      .filter(Boolean)
      .join(' ')
  }
  return ''
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim()

function attr(node: XmlNode, name: string): string {
  const v = node[`@_${name}`]
  return typeof v === 'string' ? v.trim() : ''
}

function isoDate(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return null
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

const isWebAddress = (value: string) => {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** Every ServiceEnLigne element of the fiche, wherever it sits (top level or inside a block). */
function collectServices(node: unknown, into: XmlNode[] = []): XmlNode[] {
  if (Array.isArray(node)) node.forEach((n) => collectServices(n, into))
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as XmlNode)) {
      if (key === 'ServiceEnLigne') into.push(...(value as unknown[]).filter((v): v is XmlNode => typeof v === 'object' && v !== null))
      else if (!key.startsWith('@_')) collectServices(value, into)
    }
  }
  return into
}

/**
 * Reads one published co-marquage fiche (root `Publication`) into what the portal keeps, or says
 * in French why it cannot. `expectedCode` (from the file name) must match the fiche's ID.
 */
export function parseFiche(xml: string, expectedCode?: string): ParseResult {
  const text = xml.replace(/^\uFEFF/, '')
  if (!text.trim()) return { ok: false, reason: 'fichier vide' }
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    return { ok: false, reason: `XML mal formé (ligne ${valid.err.line}, colonne ${valid.err.col}) : ${valid.err.msg}` }
  }
  let doc: XmlNode
  try {
    doc = parser.parse(text) as XmlNode
  } catch (error) {
    return { ok: false, reason: `XML illisible : ${(error as Error).message}` }
  }
  const root = doc.Publication
  if (!root || typeof root !== 'object' || Array.isArray(root)) {
    return { ok: false, reason: "ce n'est pas une fiche service-public.fr (élément racine <Publication> absent)" }
  }
  const pub = root as XmlNode

  const code = attr(pub, 'ID')
  if (!FICHE_CODE.test(code)) return { ok: false, reason: `identifiant de fiche (attribut ID) absent ou invalide : « ${code} »` }
  if (expectedCode && code !== expectedCode) {
    return { ok: false, reason: `le fichier devrait contenir la fiche ${expectedCode} mais contient la fiche ${code}` }
  }

  const title = clean(textOf(pub['dc:title']))
  if (!title) return { ok: false, reason: 'titre de la fiche (dc:title) absent' }
  const summary = clean(textOf(pub['dc:description']))

  // The important-modification date drives the review flag; dc:date "modified …" is the fallback.
  const importantRaw = attr(pub, 'dateDerniereModificationImportante')
  let modifiedAt = importantRaw ? isoDate(importantRaw) : null
  if (importantRaw && !modifiedAt) return { ok: false, reason: `date de dernière modification importante illisible : « ${importantRaw} »` }
  if (!modifiedAt) {
    const dcDates = ((pub['dc:date'] as unknown[]) ?? []).map((d) => clean(textOf(d)))
    const modified = dcDates.map((d) => /^modified\s+(\S+)$/.exec(d)?.[1]).find(Boolean)
    modifiedAt = modified ? isoDate(modified) : null
  }
  if (!modifiedAt) return { ok: false, reason: 'date de dernière modification absente (ni dateDerniereModificationImportante ni dc:date « modified »)' }

  const spUrl = attr(pub, 'spUrl')
  if (spUrl && !isWebAddress(spUrl)) return { ok: false, reason: `adresse de la fiche (spUrl) invalide : « ${spUrl} »` }
  const url = spUrl || `https://www.service-public.fr/particuliers/vosdroits/${code}`

  const services: FicheService[] = []
  const seen = new Set<string>()
  for (const node of collectServices(pub)) {
    const id = attr(node, 'ID')
    const type = attr(node, 'type')
    const kind = SERVICE_KINDS[type]
    const label = id || 'sans identifiant'
    if (!kind) return { ok: false, reason: `service en ligne ${label} : type « ${type} » inconnu (attendu : Téléservice ou Formulaire)` }
    const serviceUrl = attr(node, 'URL')
    if (!isWebAddress(serviceUrl)) return { ok: false, reason: `service en ligne ${label} : adresse (URL) absente ou invalide` }
    const key = id || serviceUrl
    if (seen.has(key)) continue
    seen.add(key)
    const cerfa = attr(node, 'numerocerfa') || null
    services.push({ id, kind, title: clean(textOf(node.Titre)) || clean(textOf(node)) || label, url: serviceUrl, cerfa })
  }

  const fiche: Fiche = { code, title, summary, modifiedAt, url, services }
  return { ok: true, fiche }
}
