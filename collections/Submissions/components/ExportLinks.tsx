import type { Payload } from 'payload'

import { ExportButtons } from './ExportButtons'

/** Above the requests list: exports of the filtered requests (all, or one form with its columns). */
export async function ExportLinks({ payload }: { payload: Payload }) {
  const { docs } = await payload.find({ collection: 'forms', limit: 100, depth: 0, sort: 'title', select: { title: true, slug: true }, overrideAccess: true })
  return (
    <details style={{ margin: '0 0 1rem' }}>
      <summary>Exporter les demandes (Excel, CSV)</summary>
      <ExportButtons forms={docs.map((f) => ({ slug: f.slug ?? '', title: f.title }))} />
    </details>
  )
}
