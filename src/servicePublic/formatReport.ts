import type { FicheImportReport } from './importFiches'

/** The import report as staff read it in the terminal (French). */
export function formatReport(report: FicheImportReport): string {
  const lines: string[] = []
  if (!report.ok) {
    lines.push(`Import service-public.fr refusé : aucune démarche n'a été modifiée.`)
    lines.push(`${report.problems.length} problème(s) dans « ${report.source} » :`)
    for (const p of report.problems) lines.push(`  ✖ ${p.file} : ${p.reason}`)
    lines.push('Corrigez ou remplacez ces fichiers puis relancez la commande.')
    return lines.join('\n')
  }
  const changed = report.procedures.filter((p) => p.changed)
  const toReview = report.procedures.filter((p) => p.needsReview)
  lines.push(`Import service-public.fr terminé depuis « ${report.source} ».`)
  lines.push(`  ${report.procedures.length} démarche(s) liée(s) à une fiche, ${changed.length} mise(s) à jour, ${report.procedures.length - changed.length} inchangée(s).`)
  for (const p of changed) lines.push(`  ✔ ${p.code} → « ${p.title} »`)
  if (report.procedures.length === 0) lines.push('  Aucune démarche ne renvoie aux fiches fournies.')
  if (toReview.length) {
    lines.push(`  ${toReview.length} démarche(s) à revoir (fiche modifiée depuis la dernière relecture) :`)
    for (const p of toReview) lines.push(`    • « ${p.title} » (${p.code})`)
  }
  return lines.join('\n')
}
