/**
 * Meeting places written one per line ("Salle des sports : mardi 18 h – 20 h") ↔ the entries'
 * array. The first " : " separates the place from the times.
 */
export function parseMeetingLines(text: string | null | undefined): Array<{ place: string; schedule: string }> {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(' : ')
      if (at === -1) return { place: line, schedule: 'Horaires à demander à l’association' }
      return { place: line.slice(0, at).trim(), schedule: line.slice(at + 3).trim() }
    })
    .filter((m) => m.place && m.schedule)
}
