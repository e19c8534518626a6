import { contrastRatio, formatRatio, isHexColour, MIN_TEXT_CONTRAST, normaliseHex } from '../lib/contrast'

/** Text on charter colours is white (buttons, header) and the colours are used as text on white. */
export const TEXT_ON_COLOUR = '#ffffff'

/** The French message shown beside a charter colour field, or null when the colour is acceptable. */
export function colourProblem(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return 'La couleur est obligatoire.'
  if (!isHexColour(value)) return 'Saisissez une couleur au format hexadécimal, par exemple #1f4e8c.'
  const ratio = contrastRatio(normaliseHex(value), TEXT_ON_COLOUR)
  if (ratio < MIN_TEXT_CONTRAST) {
    return (
      `Contraste insuffisant : le texte blanc sur ${normaliseHex(value)} atteint ${formatRatio(ratio)}, ` +
      `il faut au moins 4,5:1 (RGAA, critère 3.2). Choisissez une couleur plus foncée.`
    )
  }
  return null
}
