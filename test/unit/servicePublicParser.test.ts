/** The service-public.fr fiche parser on the sample fiches, then on broken ones (French reasons). */
import fs from 'node:fs'
import path from 'node:path'

import { parseFiche } from '../../src/servicePublic/parseFiche'
import { needsReview } from '../../src/servicePublic/review'

const dir = path.resolve('test/fixtures/service-public')
const read = (sub: string, code: string) => fs.readFileSync(path.join(dir, sub, `${code}.xml`), 'utf8')

describe('parseFiche on well-formed samples', () => {
  it('reads title, summary, important modification date, public URL and services of F1367', () => {
    const result = parseFiche(read('fiches', 'F1367'), 'F1367')
    if (!result.ok) throw new Error(result.reason)
    expect(result.fiche).toEqual({
      code: 'F1367',
      title: 'Inscription sur les listes électorales',
      summary: expect.stringContaining('Pour voter, il faut être inscrit'),
      modifiedAt: '2025-02-14T08:30:00.000Z',
      url: 'https://www.service-public.fr/particuliers/vosdroits/F1367',
      services: [
        { id: 'R16396', kind: 'teleservice', title: 'Inscription sur les listes électorales en ligne', url: 'https://www.service-public.fr/particuliers/vosdroits/R16396', cerfa: null },
        { id: 'R16024', kind: 'formulaire', title: "Demande d'inscription sur les listes électorales", url: 'https://www.service-public.fr/particuliers/vosdroits/R16024', cerfa: '12669*03' },
      ],
    })
  })

  it.each(['F1427', 'F1432', 'F1444', 'F870', 'F1367', 'F1341', 'F1633', 'F17578', 'F1986'])('parses sample %s', (code) => {
    const result = parseFiche(read('fiches', code), code)
    expect(result.ok ? result.fiche.code : result.reason).toBe(code)
  })

  const minimal = (attrs: string, body = '') =>
    `<?xml version="1.0"?><Publication xmlns:dc="http://purl.org/dc/elements/1.1/" ID="F1" ${attrs}><dc:title>Titre &amp; suite</dc:title>${body}</Publication>`

  it('falls back to dc:date "modified …" and to the standard address when attributes are missing', () => {
    const result = parseFiche(minimal('', '<dc:date>created 2020-01-01</dc:date><dc:date>modified 2023-10-31</dc:date>'))
    if (!result.ok) throw new Error(result.reason)
    expect(result.fiche.title).toBe('Titre & suite')
    expect(result.fiche.modifiedAt).toBe('2023-10-31T00:00:00.000Z')
    expect(result.fiche.url).toBe('https://www.service-public.fr/particuliers/vosdroits/F1')
    expect(result.fiche.services).toEqual([])
    expect(result.fiche.summary).toBe('')
  })

  it('finds online services nested in blocks, once each, and keeps text with inline elements', () => {
    const svc = '<ServiceEnLigne ID="R9" URL="https://example.fr/a" type="Formulaire" numerocerfa="1*01"><Titre>Demande <MiseEnEvidence>urgente</MiseEnEvidence>s</Titre></ServiceEnLigne>'
    const result = parseFiche(minimal('dateDerniereModificationImportante="2024-05-06"', `<Texte><Chapitre>${svc}</Chapitre></Texte>${svc}`))
    if (!result.ok) throw new Error(result.reason)
    expect(result.fiche.services).toEqual([{ id: 'R9', kind: 'formulaire', title: 'Demande urgentes', url: 'https://example.fr/a', cerfa: '1*01' }])
  })
})

describe('parseFiche on malformed fiches', () => {
  it.each([
    ['F1427', 'XML mal formé, ligne 50, colonne 1 : balise mal formée ou mal fermée'],
    ['F1432', 'titre de la fiche (dc:title) absent'],
    ['F1444', 'devrait contenir la fiche F1444 mais contient la fiche F1445'],
    ['F870', 'date de dernière modification importante illisible'],
    ['F1367', 'élément racine <Publication> absent'],
    ['F1633', 'type « Courrier » inconnu'],
  ])('%s is refused: %s', (code, reason) => {
    const result = parseFiche(read('malformed', code), code)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.reason).toContain(reason)
  })

  it('explains malformed XML in French only, with line and column', () => {
    const result = parseFiche(read('malformed', 'F1427'), 'F1427')
    expect(result.ok ? '' : result.reason).toBe(
      "XML mal formé, ligne 50, colonne 1 : balise mal formée ou mal fermée (la balise « dc:description », ouverte ligne 5, colonne 3, n'est pas fermée : balise fermante « Publication » trouvée à la place)",
    )
  })

  it.each([
    ['<a>&</a>', 'XML mal formé, ligne 1, colonne 4 : caractère inattendu (« & » isolé, à écrire « &amp; »)'],
    ['<a b="1" b="2"/>', 'XML mal formé, ligne 1, colonne 10 : attribut mal formé (attribut « b » répété)'],
    ['<a b/>', 'XML mal formé, ligne 1, colonne 4 : attribut mal formé (attribut « b » sans valeur)'],
    ['<a b="x></a>', 'XML mal formé, ligne 1, colonne 3 : attribut mal formé (guillemet non refermé dans les attributs de la balise « a »)'],
    ['<a>', 'XML mal formé, ligne 1, colonne 1 : balise mal formée ou mal fermée (balise « a » jamais fermée)'],
    ['<a><b>', 'XML mal formé, ligne 1, colonne 1 : structure XML incorrecte (balises jamais fermées : a, b)'],
    ['</a>', 'XML mal formé, ligne 1, colonne 1 : balise mal formée ou mal fermée (balise fermante « a » sans balise ouvrante)'],
    ['Bonjour', 'XML mal formé, ligne 1, colonne 1 : caractère inattendu (caractère « B » inattendu)'],
  ])('explains %s in French', (xml, reason) => {
    const result = parseFiche(xml)
    expect(result.ok ? '' : result.reason).toBe(reason)
  })

  it.each([
    ['an empty file', '', 'fichier vide'],
    ['plain text', 'Bonjour', 'XML mal formé'],
    ['a fiche without ID', '<Publication><dc:title>T</dc:title></Publication>', 'identifiant de fiche'],
    ['a fiche without any date', '<Publication ID="F2"><dc:title>T</dc:title></Publication>', 'date de dernière modification absente'],
    ['a javascript: spUrl', '<Publication ID="F2" spUrl="javascript:alert(1)" dateDerniereModificationImportante="2024-01-01"><dc:title>T</dc:title></Publication>', 'spUrl'],
    ['a service without URL', '<Publication ID="F2" dateDerniereModificationImportante="2024-01-01"><dc:title>T</dc:title><ServiceEnLigne ID="R1" type="Téléservice"/></Publication>', 'adresse (URL) absente'],
  ])('refuses %s', (_label, xml, reason) => {
    const result = parseFiche(xml)
    expect(result.ok ? '' : result.reason).toContain(reason)
  })
})

describe('needsReview', () => {
  it.each([
    [null, null, false],
    ['2025-03-12T08:30:00Z', null, true],
    ['2025-03-12T08:30:00Z', '2025-03-01T00:00:00Z', true],
    ['2025-03-12T08:30:00Z', '2025-03-12T08:30:00Z', false],
    ['2025-03-12T08:30:00Z', '2025-04-01T00:00:00Z', false],
  ])('modified %s, reviewed %s → %s', (modified, reviewed, expected) => {
    expect(needsReview(modified, reviewed)).toBe(expected)
  })
})
