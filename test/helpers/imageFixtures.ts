/** Image fixtures for the upload rules: a valid pixel bomb and a photo carrying GPS metadata. */
import zlib from 'node:zlib'

import sharp from 'sharp'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

/** CRC-32 as PNG chunks use it (zlib.crc32 only exists from Node 22). */
function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A well-formed PNG of `width` × `height` black pixels (1-bit greyscale, correct CRCs, complete
 * image data) that compresses to a few kilobytes: only its pixel count can make it refused.
 */
export function blankPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 1 // bit depth
  ihdr[9] = 0 // colour type: greyscale
  ihdr[10] = 0 // compression
  ihdr[11] = 0 // filter
  ihdr[12] = 0 // no interlace
  const row = 1 + Math.ceil(width / 8) // filter byte + packed pixels, all zero
  const pixels = zlib.deflateSync(Buffer.alloc(row * height), { level: 9 })
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

export const PHOTO_GPS = { latitude: '47/1 39/1 0/1', latitudeRef: 'N', longitude: '2/1 45/1 0/1', longitudeRef: 'W' }

const PHOTO_XMP =
  '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="47,39.0N" exif:GPSLongitude="2,45.0W"/>' +
  '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'

/** A JPEG as a phone would send it: camera tags in IFD0, a position in the GPS IFD, and XMP. */
export async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#884422' } })
    .jpeg()
    .withExif({
      IFD0: { Copyright: 'Appareil de test', Make: 'Kerlann Cam' },
      IFD3: {
        GPSLatitudeRef: PHOTO_GPS.latitudeRef,
        GPSLatitude: PHOTO_GPS.latitude,
        GPSLongitudeRef: PHOTO_GPS.longitudeRef,
        GPSLongitude: PHOTO_GPS.longitude,
      },
    })
    .withXmp(PHOTO_XMP)
    .toBuffer()
}

/**
 * Reads the GPS IFD of a raw EXIF block (as `sharp().metadata().exif` returns it): ASCII tags as
 * strings, RATIONAL tags as "n/d n/d n/d". Empty when there is no EXIF or no GPS IFD.
 */
export function readGpsTags(exif: Buffer | undefined): Record<string, string> {
  if (!exif) return {}
  const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif
  const little = tiff.subarray(0, 2).toString('latin1') === 'II'
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at))
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at))
  const entries = (ifd: number) =>
    Array.from({ length: u16(ifd) }, (_, i) => {
      const at = ifd + 2 + i * 12
      return { tag: u16(at), type: u16(at + 2), count: u32(at + 4), at: at + 8 }
    })
  const gpsPointer = entries(u32(4)).find((e) => e.tag === 0x8825)
  if (!gpsPointer) return {}
  const names: Record<number, string> = { 1: 'GPSLatitudeRef', 2: 'GPSLatitude', 3: 'GPSLongitudeRef', 4: 'GPSLongitude' }
  const tags: Record<string, string> = {}
  for (const e of entries(u32(gpsPointer.at))) {
    const name = names[e.tag] ?? `0x${e.tag.toString(16)}`
    if (e.type === 2) {
      const start = e.count <= 4 ? e.at : u32(e.at)
      tags[name] = tiff.subarray(start, start + e.count).toString('latin1').replace(/\0+$/, '')
    } else if (e.type === 5) {
      const start = u32(e.at)
      tags[name] = Array.from({ length: e.count }, (_, i) => `${u32(start + i * 8)}/${u32(start + i * 8 + 4)}`).join(' ')
    } else {
      tags[name] = `type ${e.type}`
    }
  }
  return tags
}
