import { isHexColour, normaliseHex } from '../lib/contrast'
import { charterFont } from './fonts'

export interface CharterColours {
  primaryColor?: string | null
  secondaryColor?: string | null
  accentColor?: string | null
  font?: string | null
}

const FALLBACK = { primary: '#1f4e8c', secondary: '#2f5d3a', accent: '#a4262c' }

const safe = (value: string | null | undefined, fallback: string) =>
  value && isHexColour(value) ? normaliseHex(value) : fallback

/**
 * The charter as CSS: @font-face for the chosen self-hosted font and custom properties on :root.
 * Only validated hex colours and known font files reach the stylesheet (no CSS injection).
 */
export function charterCss(charter: CharterColours): string {
  const font = charterFont(charter.font)
  const faces = font.files
    .map(
      ({ weight, file }) =>
        `@font-face{font-family:"${font.stack.split('"')[1]}";src:url(${file}) format("woff2");font-weight:${weight};font-style:normal;font-display:swap}`,
    )
    .join('')
  const vars = [
    `--color-primary:${safe(charter.primaryColor, FALLBACK.primary)}`,
    `--color-secondary:${safe(charter.secondaryColor, FALLBACK.secondary)}`,
    `--color-accent:${safe(charter.accentColor, FALLBACK.accent)}`,
    `--font-body:${font.stack}`,
  ].join(';')
  return `${faces}:root{${vars}}`
}
