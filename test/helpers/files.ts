import type { Payload } from 'payload'
import sharp from 'sharp'

import { prepareFields } from '../../src/forms/engine'
import { rawInputFromFormData } from '../../src/forms/rawInput'
import type { BaseFieldConfig, StoredFileRef } from '../../src/forms/types'
import { renderDocumentPdf } from '../../src/seed/pdf'

export async function samplePdf(title = 'Imprimé de test'): Promise<Buffer> {
  return Buffer.from(
    await renderDocumentPdf(
      { slug: 'test', title, description: '', domain: 'etat-civil', pdf: { heading: title, lines: ['Nom : ________'] } },
      'Ville de Test',
    ),
  )
}

export async function samplePng(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } }).png().toBuffer()
}

export const pdfFile = async (name = 'imprime.pdf') => {
  const data = await samplePdf()
  return { data, mimetype: 'application/pdf', name, size: data.length }
}

export const pngFile = async (name = 'image.png') => {
  const data = await samplePng()
  return { data, mimetype: 'image/png', name, size: data.length }
}

/**
 * The file fields' `prepare` pass on a post (files checked by content and stored), as a step post
 * runs it: `files` and `fileErrors` by input name.
 */
export async function prepareFiles(
  payload: Payload,
  args: { fields: BaseFieldConfig[]; formData: FormData; organisationId: number | string; clientIp?: string },
): Promise<{ files: Record<string, StoredFileRef[]>; fileErrors: Record<string, string> }> {
  const prepared = await prepareFields(args.fields, {
    payload,
    formData: args.formData,
    input: rawInputFromFormData(args.formData),
    organisationId: args.organisationId,
    clientIp: args.clientIp,
  })
  return { files: prepared.values as Record<string, StoredFileRef[]>, fileErrors: prepared.errors }
}
