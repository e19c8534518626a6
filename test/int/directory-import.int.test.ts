/**
 * CSV import of the old site's directory export (src/directory/importCsv.ts) on the real Payload:
 * French headers, `;` or `,`, BOM, broken lines refused with their line number and a French
 * reason, the rest stored; a second run changes nothing but update dates, and never republishes an
 * entry staff took offline.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { CsvImportError, importDirectoryCsv, type DirectoryImportReport } from '../../src/directory/importCsv'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

let booted: BootedPayload
let payload: Payload

const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), 'test', 'fixtures', name))

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
})

afterAll(async () => booted?.shutdown())

const refusedLines = (report: DirectoryImportReport) => Object.fromEntries(report.lines.filter((l) => l.outcome === 'refused').map((l) => [l.line, l.reasons.join(' | ')]))

describe('CSV import of associations (";", BOM, a quoted field on two lines)', () => {
  let first: DirectoryImportReport

  it('stores the good lines and refuses each broken one with its line and reason', async () => {
    const progress: Array<[number, number]> = []
    first = await importDirectoryCsv(payload, fixture('annuaire-associations.csv'), { onProgress: (done, total) => progress.push([done, total]) })
    expect(first.kind).toBe('associations')
    expect(first.ignoredColumns).toEqual(['Ancien identifiant'])
    expect(first.created).toBe(3)
    expect(first.updated).toBe(0)
    const refused = refusedLines(first)
    expect(Object.keys(refused).map(Number)).toEqual([5, 6, 7, 8, 9, 11])
    expect(refused[5]).toBe('le nom est vide')
    expect(refused[6]).toContain('catégorie « Pétanque » inconnue')
    expect(refused[7]).toContain('Le code postal doit comporter 5 chiffres')
    expect(refused[7]).toContain('numéro de téléphone français')
    expect(refused[7]).toContain("l'adresse électronique « pas-un-courriel » n'est pas valide")
    expect(refused[8]).toContain('ligne illisible')
    expect(refused[9]).toContain('coordonnées invalides')
    expect(refused[11]).toBe('doublon de la ligne 2 (même nom)')
    expect(progress.at(-1)?.[0]).toBe(progress.at(-1)?.[1])
  })

  it('publishes what it stored, tidied: phone, website, [lng, lat], multi-line description', async () => {
    const { docs } = await payload.find({ collection: 'associations', sort: 'sortName', overrideAccess: false })
    expect(docs.map((d) => d.name)).toEqual(['Club de pétanque de Kerlann', 'Les Sonneurs du Loc\'h', 'Solidarité Kerlann Afrique'])
    const petanque = docs[0]
    expect(petanque).toMatchObject({
      status: 'published',
      category: 'loisirs',
      slug: 'club-de-petanque-de-kerlann',
      contact: { phone: '02 97 60 44 10', email: 'petanque@exemple.fr', website: 'https://www.petanque-kerlann.fr' },
      address: { street: 'Boulodrome, rue du Stade', postcode: '56890', commune: 'Kerlann' },
      location: [-2.7302, 47.6881],
    })
    expect(JSON.stringify(docs[1].description)).toContain('et de cornemuse.')
    expect(docs[2].contact?.phone).toBe('02 97 60 12 12')
  })

  it('is idempotent: the same file again leaves every document as it was (but its update date)', async () => {
    const snapshot = async () =>
      (await payload.find({ collection: 'associations', sort: 'slug', pagination: false, depth: 0, overrideAccess: true })).docs.map(({ updatedAt: _updatedAt, ...doc }) => doc)
    const before = await snapshot()
    const again = await importDirectoryCsv(payload, fixture('annuaire-associations.csv'))
    expect(refusedLines(again)).toEqual(refusedLines(first))
    expect(again).toMatchObject({ created: 0, updated: 3, refused: 6 })
    expect(await snapshot()).toEqual(before)
  })

  it('does not republish an entry staff took offline', async () => {
    const petanque = (await payload.find({ collection: 'associations', where: { slug: { equals: 'club-de-petanque-de-kerlann' } }, overrideAccess: true })).docs[0]
    await payload.update({ collection: 'associations', id: petanque.id, data: { status: 'pending' }, overrideAccess: true })
    const again = await importDirectoryCsv(payload, fixture('annuaire-associations.csv'))
    expect(again).toMatchObject({ created: 0, updated: 3 })
    expect((await payload.findByID({ collection: 'associations', id: petanque.id, overrideAccess: true })).status).toBe('pending')
    expect((await payload.find({ collection: 'associations', sort: 'sortName', overrideAccess: false })).docs.map((d) => d.name)).toEqual([
      "Les Sonneurs du Loc'h",
      'Solidarité Kerlann Afrique',
    ])
  })
})

describe('CSV import of businesses ("," and quotes)', () => {
  it('guesses the directory from the SIRET column, checks SIRETs with the form rule, and upserts by SIRET', async () => {
    const report = await importDirectoryCsv(payload, fixture('annuaire-entreprises.csv'))
    expect(report.kind).toBe('businesses')
    expect(refusedLines(report)).toEqual({
      3: "Ce numéro SIRET n'existe pas : vérifiez les 14 chiffres saisis.",
      4: 'Le numéro SIRET doit comporter 14 chiffres, par exemple 732 829 320 00074.',
    })
    expect(report.created).toBe(3)
    const bakery = (await payload.find({ collection: 'businesses', where: { siret: { equals: '73282932000074' } }, overrideAccess: true })).docs[0]
    expect(bakery).toMatchObject({ name: 'Boulangerie des Halles', sector: 'alimentation', openingHours: 'Mardi – samedi : 7 h – 19 h', status: 'published' })

    // Renamed in the old site: same SIRET, so the same entry is updated, not duplicated.
    const renamed = fixture('annuaire-entreprises.csv').toString('utf8').replace('Boulangerie des Halles', 'Boulangerie Aux Halles')
    const again = await importDirectoryCsv(payload, renamed)
    expect(again).toMatchObject({ created: 0, updated: 3, refused: 2 })
    expect((await payload.findByID({ collection: 'businesses', id: bakery.id, overrideAccess: true })).name).toBe('Boulangerie Aux Halles')
    expect((await payload.count({ collection: 'businesses', overrideAccess: true })).totalDocs).toBe(3)
  })

  it('keeps two establishments with the same name apart (different SIRETs)', async () => {
    const csv = 'nom;secteur;siret\nLe Comptoir;Commerce et équipement;73282932000074\n'
    // "Le Comptoir" exists with SIRET 40483304800022; this one is another establishment.
    const report = await importDirectoryCsv(payload, csv.replace('73282932000074', '55210055400013'))
    expect(report).toMatchObject({ created: 1, updated: 0, refused: 0 })
    const { docs } = await payload.find({ collection: 'businesses', where: { name: { equals: 'Le Comptoir' } }, sort: 'slug', overrideAccess: true })
    expect(docs.map((d) => [d.slug, d.siret])).toEqual([
      ['le-comptoir', '40483304800022'],
      ['le-comptoir-00013', '55210055400013'],
    ])
  })

  it('honours an explicit --type and refuses a file without a name column', async () => {
    const report = await importDirectoryCsv(payload, 'nom;categorie\nAtelier couture;Artisanat et bâtiment\n', { kind: 'businesses' })
    expect(refusedLines(report)).toEqual({ 2: 'le numéro SIRET est vide' })
    await expect(importDirectoryCsv(payload, 'titre;categorie\nX;Sport\n')).rejects.toThrow(CsvImportError)
    await expect(importDirectoryCsv(payload, '')).rejects.toThrow('Le fichier est vide.')
  })

  it('reads an export saved in Windows-1252 ("ANSI") with its accents intact', async () => {
    const csv = 'nom;catégorie;commune\nChorale Les Voix d’Été;Culture;Kerlann\n'.replace('’', "'")
    const report = await importDirectoryCsv(payload, latin1(csv), { kind: 'associations' })
    expect(refusedLines(report)).toEqual({})
    const { docs } = await payload.find({ collection: 'associations', where: { name: { equals: "Chorale Les Voix d'Été" } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
  })
})

/** The bytes a Windows spreadsheet writes for this text (é = 0xE9, É = 0xC9: one byte each). */
function latin1(text: string): Buffer {
  return Buffer.from(text, 'latin1')
}
