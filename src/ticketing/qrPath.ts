import type QRCode from 'qrcode'

/**
 * A QR code as one SVG path of its dark modules, one unit per module, a quiet zone of `margin`
 * modules around: the PDF draws it as vectors (sharp at any size, and far cheaper than encoding a
 * PNG then embedding it, which cost seconds per order under load). `create` is the qrcode package's,
 * loaded by the caller on first use.
 */
export function qrPath(text: string, create: typeof QRCode.create, margin = 1): { path: string; size: number } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const parts: string[] = []
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) parts.push(`M${col + margin} ${row + margin}h1v1h-1z`)
    }
  }
  return { path: parts.join(''), size: modules.size + 2 * margin }
}
