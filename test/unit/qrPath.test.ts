import jsQR from 'jsqr'
import { create } from 'qrcode'

import { qrPath } from '../../src/ticketing/qrPath'

/** Draws the path's unit squares ("M<x> <y>h1v1h-1z") into a grey image, `scale` pixels per module. */
function rasterise(path: string, size: number, scale = 8): { data: Uint8ClampedArray; width: number; height: number } {
  const width = size * scale
  const data = new Uint8ClampedArray(width * width * 4).fill(255)
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy += 1) {
      for (let dx = 0; dx < scale; dx += 1) {
        const i = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4
        data[i] = data[i + 1] = data[i + 2] = 0
      }
    }
  }
  return { data, width, height: width }
}

describe('a ticket’s QR code drawn as a vector path', () => {
  it('reads back as the signed code (decoded with jsQR, as the door’s camera does)', () => {
    const signed = 'Kx7pQ2mZ9aB4cD1e.AbCdEfGhIjKlMnOpQrStUv'
    const { path, size } = qrPath(signed, create, 4)
    const image = rasterise(path, size)
    expect(jsQR(image.data, image.width, image.height)?.data).toBe(signed)
  })

  it('is one unit square per dark module, inside its quiet zone', () => {
    const { path, size } = qrPath('abc', create, 1)
    const squares = [...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => [Number(m[1]), Number(m[2])])
    expect(path).toBe(squares.map(([x, y]) => `M${x} ${y}h1v1h-1z`).join(''))
    expect(squares.every(([x, y]) => x >= 1 && y >= 1 && x < size - 1 && y < size - 1)).toBe(true)
    expect(squares).toContainEqual([1, 1]) // the finder pattern's corner
  })
})
