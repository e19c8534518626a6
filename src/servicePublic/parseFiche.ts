import { XMLParser, XMLValidator } from 'fast-xml-parser'

import type { Fiche, FicheService, ParseResult } from './types'

export const FICHE_CODE = /^[FNR]\d{1,6}$/

/** The validator's error codes, for staff. */
const XML_ERRORS: Record<string, string> = {
  InvalidTag: 'balise mal formée ou mal fermée',
  InvalidAttr: 'attribut mal formé',
  InvalidChar: 'caractère inattendu',
  InvalidXml: 'structure XML incorrecte',
}

/**
 * The validator's detailed messages (fast-xml-parser 5, src/validator.js), in French: staff never
 * see its English. A message not listed here (a new version of the library) leaves the code's
 * French wording alone, with the line and column.
 */
const XML_DETAILS: Array<[RegExp, (...m: string[]) => string]> = [
  [/^Invalid space after '<'\.$/, () => 'espace après « < »'],
  [/^Tag '(.*)' is an invalid name\.$/s, (t) => `nom de balise invalide « ${t} »`],
  [/^Attributes for '(.*)' have open quote\.$/s, (t) => `guillemet non refermé dans les attributs de la balise « ${t} »`],
  [/^Closing tag '(.*)' doesn't have proper closing\.$/s, (t) => `balise fermante « ${t} » non terminée par « > »`],
  [/^Closing tag '(.*)' can't have attributes or invalid starting\.$/s, (t) => `balise fermante « ${t} » avec des attributs ou mal commencée`],
  [/^Closing tag '(.*)' has not been opened\.$/s, (t) => `balise fermante « ${t} » sans balise ouvrante`],
  [
    /^Expected closing tag '(.*)' \(opened in line (\d+), col (\d+)\) instead of closing tag '(.*)'\.$/s,
    (open, line, col, close) => `la balise « ${open} », ouverte ligne ${line}, colonne ${col}, n'est pas fermée : balise fermante « ${close} » trouvée à la place`,
  ],
  [/^Multiple possible root nodes found\.$/, () => 'plusieurs éléments racines'],
  [/^char '&' is not expected\.$/, () => '« & » isolé, à écrire « &amp; »'],
  [/^char '(.*)' is not expected\.$/s, (c) => `caractère « ${c} » inattendu`],
  [/^Extra text at the end$/, () => "texte après la fin de l'élément racine"],
  [/^Start tag expected\.$/, () => 'aucune balise trouvée'],
  [/^Unclosed tag '(.*)'\.$/s, (t) => `balise « ${t} » jamais fermée`],
  [/^Invalid '\[(.*)\]' found\.$/s, (list) => `balises jamais fermées : ${list.replace(/["\s]/g, '').split(',').join(', ')}`],
  [/^XML declaration allowed only at the start of the document\.$/, () => 'déclaration XML (<?xml … ?>) ailleurs qu\'au début du fichier'],
  [/^Attribute '(.*)' has no space in starting\.$/s, (a) => `espace manquante avant l'attribut « ${a} »`],
  [/^Attribute '(.*)' is without value\.$/s, (a) => `attribut « ${a} » sans valeur`],
  [/^boolean attribute '(.*)' is not allowed\.$/s, (a) => `attribut « ${a} » sans valeur`],
  [/^attribute (.*) has no value assigned\.$/s, (a) => `attribut « ${a} » sans valeur`],
  [/^Attribute '(.*)' is an invalid name\.$/s, (a) => `nom d'attribut invalide « ${a} »`],
  [/^Attribute '(.*)' is repeated\.$/s, (a) => `attribut « ${a} » répété`],
]

/** The validator's message in French, or null when it is not one we know. */
export function xmlDetailInFrench(msg: string): string | null {
  for (const [pattern, say] of XML_DETAILS) {
    const m = pattern.exec(msg)
    if (m) return say(...m.slice(1))
  }
  return null
}

const SERVICE_KINDS: Record<string, FicheService['kind']> = { Téléservice: 'teleservice', Formulaire: 'formulaire' }

/** preserveOrder output: `{ Tag: children[], ':@': { '@_attr': value } }` or `{ '#text': value }`. */
type XmlNode = { [key: string]: unknown }

const parser = new XMLParser({
  // Order is kept so that mixed text ("Demande <MiseEnEvidence>urgente</MiseEnEvidence>") reads right.
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
})

const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ':@') ?? ''
const childrenOf = (node: XmlNode): XmlNode[] => {
  const value = node[tagOf(node)]
  return Array.isArray(value) ? (value as XmlNode[]) : []
}
const elements = (nodes: XmlNode[], tag: string) => nodes.filter((n) => tagOf(n) === tag)

const BLOCKS = new Set(['Paragraphe', 'Titre', 'Item', 'Liste', 'Chapitre', 'SousChapitre', 'Texte', 'Cellule', 'Rangée'])

/** Text content of nodes, in document order: inline elements join the text, blocks are spaced. */
function textOf(nodes: XmlNode[]): string {
  return nodes
    .map((n) => {
      const tag = tagOf(n)
      if (tag === '#text') return String(n['#text'])
      const inner = textOf(childrenOf(n))
      return BLOCKS.has(tag) ? ` ${inner} ` : inner
    })
    .join('')
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim()
const textOfFirst = (nodes: XmlNode[], tag: string) => clean(textOf(elements(nodes, tag).slice(0, 1)))

function attr(node: XmlNode, name: string): string {
  const attrs = node[':@'] as Record<string, unknown> | undefined
  const v = attrs?.[`@_${name}`]
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
function collectServices(nodes: XmlNode[], into: XmlNode[] = []): XmlNode[] {
  for (const node of nodes) {
    if (tagOf(node) === 'ServiceEnLigne') into.push(node)
    else collectServices(childrenOf(node), into)
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
    const kind = XML_ERRORS[valid.err.code] ?? 'erreur de syntaxe'
    const detail = xmlDetailInFrench(valid.err.msg)
    const where = valid.err.col ? `ligne ${valid.err.line}, colonne ${valid.err.col}` : `ligne ${valid.err.line}`
    return { ok: false, reason: `XML mal formé, ${where} : ${kind}${detail ? ` (${detail})` : ''}` }
  }
  let doc: XmlNode[]
  try {
    doc = parser.parse(text) as XmlNode[]
  } catch {
    // Validated above: the parser refusing it after that is unexpected, its message is English.
    return { ok: false, reason: 'XML illisible : le fichier a passé la vérification de syntaxe mais ne peut pas être lu' }
  }
  const pub = doc.find((n) => tagOf(n) !== '#text' && tagOf(n) !== '?xml' && !tagOf(n).startsWith('#'))
  if (!pub || tagOf(pub) !== 'Publication') {
    return { ok: false, reason: "ce n'est pas une fiche service-public.fr (élément racine <Publication> absent)" }
  }
  const children = childrenOf(pub)

  const code = attr(pub, 'ID')
  if (!FICHE_CODE.test(code)) return { ok: false, reason: `identifiant de fiche (attribut ID) absent ou invalide : « ${code} »` }
  if (expectedCode && code !== expectedCode) {
    return { ok: false, reason: `le fichier devrait contenir la fiche ${expectedCode} mais contient la fiche ${code}` }
  }

  const title = textOfFirst(children, 'dc:title')
  if (!title) return { ok: false, reason: 'titre de la fiche (dc:title) absent' }
  const summary = textOfFirst(children, 'dc:description')

  // The important-modification date drives the review flag; dc:date "modified …" is the fallback.
  const importantRaw = attr(pub, 'dateDerniereModificationImportante')
  let modifiedAt = importantRaw ? isoDate(importantRaw) : null
  if (importantRaw && !modifiedAt) return { ok: false, reason: `date de dernière modification importante illisible : « ${importantRaw} »` }
  if (!modifiedAt) {
    const dcDates = elements(children, 'dc:date').map((d) => clean(textOf(childrenOf(d))))
    const modified = dcDates.map((d) => /^modified\s+(\S+)$/.exec(d)?.[1]).find(Boolean)
    modifiedAt = modified ? isoDate(modified) : null
  }
  if (!modifiedAt) return { ok: false, reason: 'date de dernière modification absente (ni dateDerniereModificationImportante ni dc:date « modified »)' }

  const spUrl = attr(pub, 'spUrl')
  if (spUrl && !isWebAddress(spUrl)) return { ok: false, reason: `adresse de la fiche (spUrl) invalide : « ${spUrl} »` }
  const url = spUrl || `https://www.service-public.fr/particuliers/vosdroits/${code}`

  const services: FicheService[] = []
  const seen = new Set<string>()
  for (const node of collectServices(children)) {
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
    services.push({ id, kind, title: textOfFirst(childrenOf(node), 'Titre') || clean(textOf(childrenOf(node))) || label, url: serviceUrl, cerfa })
  }

  const fiche: Fiche = { code, title, summary, modifiedAt, url, services }
  return { ok: true, fiche }
}
