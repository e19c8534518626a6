import { displayAnswer } from '../../../src/forms/engine'
import { file, type FileFieldConfig, fileRules } from '../../../blocks/fields/file'
import { parseWith, renderInput, storedFile } from './rawInput'

const field: FileFieldConfig = { blockType: 'file', name: 'justificatif', label: 'Justificatif de domicile' }
const pdf = storedFile()
const photo = storedFile({ id: 2, filename: 'photo.jpg', mimeType: 'image/jpeg', filesize: 1_234_567 })

describe('fileRules', () => {
  it('defaults to PDF, JPEG, PNG and WebP, 10 Mo, one file', () => {
    expect(fileRules(field)).toEqual({
      kinds: ['pdf', 'jpeg', 'png', 'webp'],
      accept: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'],
      extensions: ['.pdf', '.jpg', '.jpeg', '.png', '.webp'],
      maxBytes: 10_000_000,
      maxFiles: 1,
    })
  })
  it('follows the settings', () => {
    const rules = fileRules({ ...field, accept: ['pdf'], maxSizeMb: 2, maxFiles: 3 })
    expect(rules.accept).toEqual(['application/pdf'])
    expect(rules.maxBytes).toBe(2_000_000)
    expect(rules.maxFiles).toBe(3)
  })
})

describe('file', () => {
  it('is posted as multipart', () => {
    expect(file.multipart).toBe(true)
  })
  it('takes the files stored by the engine', async () => {
    expect(await parseWith(file, field, {}, { prepared: { justificatif: [pdf] } })).toEqual({ ok: true, value: [pdf] })
  })
  it('uses the full input name (inside a group)', async () => {
    const result = await parseWith(file, field, {}, { prepared: { 'enfants.0.justificatif': [pdf] } }, 'enfants.0.justificatif')
    expect(result).toEqual({ ok: true, value: [pdf] })
  })
  it('returns null when nothing is sent and nothing was attached before', async () => {
    expect(await parseWith(file, field, {})).toEqual({ ok: true, value: null })
  })
  it('keeps the previous files when nothing new is sent (multi-step)', async () => {
    expect(await parseWith(file, field, {}, { previous: [pdf] })).toEqual({ ok: true, value: [pdf] })
  })
  it('replaces the previous files with new ones', async () => {
    expect(await parseWith(file, field, {}, { previous: [pdf], prepared: { justificatif: [photo] } })).toEqual({ ok: true, value: [photo] })
  })
  it('reports the prepare pass’s file error, and keeps the files accepted earlier', async () => {
    const error = 'Le fichier « scan.pdf » est illisible.'
    expect(await parseWith(file, field, {}, { prepareErrors: { justificatif: error }, previous: [pdf] })).toEqual({ ok: false, error, value: null, keep: [pdf] })
    expect(await parseWith(file, field, {}, { prepareErrors: { justificatif: error } })).toEqual({ ok: false, error, value: null })
  })
  it('refuses more files than maxFiles', async () => {
    expect(await parseWith(file, field, {}, { prepared: { justificatif: [pdf, photo] } })).toMatchObject({ ok: false, error: 'Joignez un seul fichier.' })
    const three = { ...field, maxFiles: 2 }
    expect(await parseWith(file, three, {}, { prepared: { justificatif: [pdf, photo, pdf] } })).toMatchObject({ ok: false, error: 'Joignez 2 fichiers au maximum.' })
    expect(await parseWith(file, three, {}, { prepared: { justificatif: [pdf, photo] } })).toEqual({ ok: true, value: [pdf, photo] })
  })
  it('checks the type again (defence in depth), not the re-encoded size', async () => {
    const onlyPdf = { ...field, accept: ['pdf' as const], maxSizeMb: 1 }
    expect(await parseWith(file, onlyPdf, {}, { prepared: { justificatif: [photo] } })).toMatchObject({
      ok: false,
      error: 'Le fichier « photo.jpg » n\'est pas dans un format accepté. Formats acceptés : PDF. Taille maximale : 1 Mo par fichier.',
    })
    const reencoded = storedFile({ filesize: 1_100_000 })
    expect(await parseWith(file, onlyPdf, {}, { prepared: { justificatif: [reencoded] } })).toEqual({ ok: true, value: [reencoded] })
  })
  it('ignores a malformed previous value', async () => {
    expect(await parseWith(file, field, {}, { previous: 'x.pdf' })).toEqual({ ok: true, value: null })
  })
  it('displays name and size', () => {
    expect(file.display(field, [pdf, photo], displayAnswer)).toEqual(['justificatif.pdf (120 Ko)', 'photo.jpg (1,2 Mo)'])
  })
  it('renders a file input with accept, aria attributes and the rules', () => {
    const html = renderInput(file, { field: { ...field, accept: ['pdf', 'png'], required: true, hint: 'Moins de 3 mois' }, name: 'justificatif', id: 'justificatif', value: null, error: 'Erreur' })
    expect(html).toContain('type="file"')
    expect(html).toContain('accept="application/pdf,image/png,.pdf,.png"')
    expect(html).not.toContain('multiple')
    expect(html).toContain('aria-invalid="true"')
    expect(html).toContain('aria-describedby="justificatif-aide justificatif-erreur justificatif-formats"')
    expect(html).toContain('aria-required="true"')
    expect(html).toContain('Formats acceptés : PDF, PNG. Taille maximale : 10 Mo par fichier.')
  })
  it('lists files already attached and says a new choice replaces them', () => {
    const html = renderInput(file, { field: { ...field, maxFiles: 3, required: true }, name: 'justificatif', id: 'justificatif', value: [pdf] })
    expect(html).toContain('multiple=""')
    expect(html).toContain('Fichier déjà joint : justificatif.pdf (120 Ko)')
    expect(html).toContain('Choisir un nouveau fichier remplace le fichier déjà joint.')
    expect(html).toContain('aria-describedby="justificatif-formats justificatif-joints"')
    expect(html).not.toContain('aria-required')
    expect(html).not.toContain('aria-invalid')
  })
  it('offers the model document to download, described with the input', () => {
    const model = { title: 'Attestation sur l’honneur', url: '/api/documents/file/attestation.pdf', filesize: 48_000, mimeType: 'application/pdf' }
    const html = renderInput(file, { field: { ...field, model }, name: 'justificatif', id: 'justificatif', value: null })
    expect(html).toContain('<a href="/api/documents/file/attestation.pdf" download="">Télécharger le modèle : Attestation sur l’honneur (PDF, 48 Ko)</a>')
    expect(html).toContain('aria-describedby="justificatif-modele justificatif-formats"')
    // Only the id (a form read without its documents), or a document without a file: no link.
    for (const unpopulated of [7, { title: 'Sans fichier', url: null }]) {
      const bare = renderInput(file, { field: { ...field, model: unpopulated }, name: 'justificatif', id: 'justificatif', value: null })
      expect(bare).not.toContain('modèle')
      expect(bare).toContain('aria-describedby="justificatif-formats"')
    }
  })
})
