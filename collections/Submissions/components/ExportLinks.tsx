import type { Payload } from 'payload'

/** Above the requests list: CSV downloads (all readable requests, or one form with its columns). */
export async function ExportLinks({ payload }: { payload: Payload }) {
  const { docs } = await payload.find({ collection: 'forms', limit: 100, depth: 0, sort: 'title', select: { title: true, slug: true }, overrideAccess: true })
  return (
    <details style={{ margin: '0 0 1rem' }}>
      <summary>Exporter les demandes (CSV, tableur)</summary>
      <ul>
        <li>
          <a href="/api/submissions/export.csv" download>
            Toutes les demandes que vous pouvez consulter
          </a>
        </li>
        {docs.map((form) => (
          <li key={form.id}>
            <a href={`/api/submissions/export.csv?form=${encodeURIComponent(form.slug ?? '')}`} download>
              {form.title} (une colonne par question)
            </a>
          </li>
        ))}
      </ul>
    </details>
  )
}
