import fs from 'node:fs'
import path from 'node:path'

import { unzipSync } from 'fflate'

/** One XML file of the input, named as staff will see it in the report. */
export interface SourceFile {
  name: string
  read: () => string
}

/**
 * What the command was given: one fiche file, or a collection (a directory or a .zip of the
 * published archive) where fiche `F1427` is the file `F1427.xml`, at any depth.
 */
export type FicheSource =
  | { kind: 'file'; file: SourceFile }
  /** `find` gives every file named after the fiche: more than one is a problem for the importer. */
  | { kind: 'collection'; label: string; find: (code: string) => SourceFile[] }
  | { kind: 'error'; reason: string }

const ficheFileName = (file: string) => /^([FNR]\d{1,6})\.xml$/i.exec(path.basename(file))?.[1]?.toUpperCase()

function listXmlFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listXmlFiles(full))
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.xml')) out.push(full)
  }
  return out
}

function byCode(names: Array<[string, () => string]>, label: string): FicheSource {
  const index = new Map<string, SourceFile[]>()
  for (const [name, read] of [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const code = ficheFileName(name)
    if (code) index.set(code, [...(index.get(code) ?? []), { name, read }])
  }
  return { kind: 'collection', label, find: (code) => index.get(code) ?? [] }
}

export function openFicheSource(input: string): FicheSource {
  const full = path.resolve(input)
  let stat: fs.Stats
  try {
    stat = fs.statSync(full)
  } catch {
    return { kind: 'error', reason: 'fichier ou dossier introuvable' }
  }
  if (stat.isDirectory()) {
    const files = listXmlFiles(full)
    return byCode(
      files.map((f) => [path.relative(full, f) || path.basename(f), () => fs.readFileSync(f, 'utf8')]),
      input,
    )
  }
  if (full.toLowerCase().endsWith('.zip')) {
    let entries: Record<string, Uint8Array>
    try {
      // Only the fiche files are inflated; the archive's other entries are skipped.
      entries = unzipSync(fs.readFileSync(full), { filter: (f) => Boolean(ficheFileName(f.name)) })
    } catch {
      return { kind: 'error', reason: 'archive zip illisible : fichier incomplet, corrompu ou qui n\'est pas une archive .zip' }
    }
    const decoder = new TextDecoder('utf-8')
    return byCode(
      Object.entries(entries).map(([name, bytes]) => [name, () => decoder.decode(bytes)]),
      input,
    )
  }
  if (!full.toLowerCase().endsWith('.xml')) return { kind: 'error', reason: 'format non pris en charge : donnez un fichier .xml, un dossier ou une archive .zip' }
  return { kind: 'file', file: { name: input, read: () => fs.readFileSync(full, 'utf8') } }
}

/** The fiche code a file name announces ("F1427.xml" → "F1427"), if any. */
export const codeFromFileName = ficheFileName
