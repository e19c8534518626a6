/**
 * Fonts offered in the charter. Files are self-hosted under public/fonts (no third-party request).
 * `files` lists the woff2 files by weight; `stack` is the CSS font-family value.
 */
export interface CharterFont {
  value: string
  label: string
  stack: string
  files: { weight: 400 | 700; file: string }[]
}

const systemStack = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'

export const CHARTER_FONTS: CharterFont[] = [
  {
    value: 'atkinson-hyperlegible',
    label: 'Atkinson Hyperlegible (lisibilité renforcée)',
    stack: `"Atkinson Hyperlegible", ${systemStack}`,
    files: [
      { weight: 400, file: '/fonts/atkinson-hyperlegible-400.woff2' },
      { weight: 700, file: '/fonts/atkinson-hyperlegible-700.woff2' },
    ],
  },
  {
    value: 'source-sans-3',
    label: 'Source Sans 3',
    stack: `"Source Sans 3", ${systemStack}`,
    files: [
      { weight: 400, file: '/fonts/source-sans-3-400.woff2' },
      { weight: 700, file: '/fonts/source-sans-3-700.woff2' },
    ],
  },
  {
    value: 'lato',
    label: 'Lato',
    stack: `"Lato", ${systemStack}`,
    files: [
      { weight: 400, file: '/fonts/lato-400.woff2' },
      { weight: 700, file: '/fonts/lato-700.woff2' },
    ],
  },
  { value: 'system', label: 'Police du système (aucun téléchargement)', stack: systemStack, files: [] },
]

export const DEFAULT_FONT = 'atkinson-hyperlegible'

export function charterFont(value: string | null | undefined): CharterFont {
  return CHARTER_FONTS.find((f) => f.value === value) ?? CHARTER_FONTS.find((f) => f.value === DEFAULT_FONT)!
}
