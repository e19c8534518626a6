/** The import report as staff read it in the terminal. */
import { formatReport } from '../../src/servicePublic/formatReport'
import type { FicheImportReport } from '../../src/servicePublic/importFiches'

const refused: FicheImportReport = {
  ok: false,
  source: 'fiches.zip',
  procedures: [],
  problems: [
    { file: 'F1427.xml', reason: 'titre de la fiche (dc:title) absent' },
    { file: 'F870.xml', reason: 'fichier absent de fiches.zip' },
  ],
}

describe('formatReport', () => {
  it('says nothing was written and lists every file with its reason when refused', () => {
    const text = formatReport(refused)
    expect(text.split('\n')).toEqual([
      "Import service-public.fr refusé : aucune démarche n'a été modifiée.",
      '2 problème(s) dans « fiches.zip » :',
      '  ✖ F1427.xml : titre de la fiche (dc:title) absent',
      '  ✖ F870.xml : fichier absent de fiches.zip',
      'Corrigez ou remplacez ces fichiers puis relancez la commande.',
    ])
  })

  it('counts updated and unchanged procedures and lists those to review', () => {
    const text = formatReport({
      ok: true,
      source: 'dossier',
      problems: [],
      procedures: [
        { id: 1, title: 'Acte de naissance', code: 'F1427', changed: true, needsReview: true },
        { id: 2, title: 'Acte de mariage', code: 'F1432', changed: false, needsReview: false },
      ],
    })
    expect(text).toContain('2 démarche(s) liée(s) à une fiche, 1 mise(s) à jour, 1 inchangée(s).')
    expect(text).toContain('✔ F1427 → « Acte de naissance »')
    expect(text).not.toContain('F1432 →')
    expect(text).toContain('• « Acte de naissance » (F1427)')
  })
})
