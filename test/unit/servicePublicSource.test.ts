/** Reading a folder or a .zip of fiches: each fiche file found, duplicates all reported. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { zipSync } from 'fflate'

import { openFicheSource } from '../../src/servicePublic/readSource'

let tmp: string
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-source-'))
})
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

const write = (rel: string, text: string) => {
  const full = path.join(tmp, rel)
  fs.mkdirSync(path.dirname(full), { recursive: true })
  fs.writeFileSync(full, text)
}

describe('openFicheSource', () => {
  it('gives every copy of a fiche found twice in a folder, at any depth', () => {
    write('dossier/ancien/F1427.xml', 'ancien')
    write('dossier/nouveau/F1427.xml', 'nouveau')
    write('dossier/F1367.xml', 'seul')
    const source = openFicheSource(path.join(tmp, 'dossier'))
    if (source.kind !== 'collection') throw new Error(source.kind)
    expect(source.find('F1427').map((f) => [f.name, f.read()])).toEqual([
      [path.join('ancien', 'F1427.xml'), 'ancien'],
      [path.join('nouveau', 'F1427.xml'), 'nouveau'],
    ])
    expect(source.find('F1367').map((f) => f.read())).toEqual(['seul'])
    expect(source.find('F870')).toEqual([])
  })

  it('gives every copy of a fiche found twice in a zip (file names in any case)', () => {
    const enc = new TextEncoder()
    const zip = path.join(tmp, 'fiches.zip')
    fs.writeFileSync(zip, zipSync({ 'a/F1427.xml': enc.encode('a'), 'b/f1427.XML': enc.encode('b'), 'F1367.xml': enc.encode('c') }))
    const source = openFicheSource(zip)
    if (source.kind !== 'collection') throw new Error(source.kind)
    expect(source.find('F1427').map((f) => f.name)).toEqual(['a/F1427.xml', 'b/f1427.XML'])
    expect(source.find('F1367')).toHaveLength(1)
  })

  it('says a broken zip is unreadable, in French only', () => {
    const zip = path.join(tmp, 'casse.zip')
    fs.writeFileSync(zip, 'pas une archive')
    const source = openFicheSource(zip)
    expect(source).toEqual({ kind: 'error', reason: "archive zip illisible : fichier incomplet, corrompu ou qui n'est pas une archive .zip" })
  })
})
