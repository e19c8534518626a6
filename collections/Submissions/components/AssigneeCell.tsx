import type { DefaultServerCellComponentProps } from 'payload'

/**
 * The requests list's assignee, by name, written on the server: no "Sans titre - ID: 4" while the
 * browser fetches, "Non attribuée" rather than "<Pas de Agent chargé>". Read with full rights:
 * the workflow only ever assigns an agent of the request's organisation, whose name the viewer of
 * the row (its organisation's agent, or an admin) may read anyway (decision 0056).
 */
export async function AssigneeCell({ cellData, payload }: DefaultServerCellComponentProps) {
  const populated = cellData && typeof cellData === 'object' ? (cellData as { id: number | string; name?: string | null }) : null
  // The list populates the relation when it can: its name then costs no query per row.
  if (populated?.name) return <span>{populated.name}</span>
  const id = populated ? populated.id : cellData
  if (id === null || id === undefined || id === '') return <span>Non attribuée</span>
  const agent = await payload.findByID({ collection: 'users', id: id as number, depth: 0, select: { name: true }, overrideAccess: true, disableErrors: true })
  return <span>{agent?.name ?? '—'}</span>
}
