/** Ids of stored files found anywhere in the answers (file fields, also inside groups). */
export function fileIdsIn(value: unknown): Array<number | string> {
  if (!value || typeof value !== 'object') return []
  if (Array.isArray(value)) return value.flatMap(fileIdsIn)
  const v = value as Record<string, unknown>
  if ('filename' in v && 'mimeType' in v && (typeof v.id === 'number' || typeof v.id === 'string')) return [v.id]
  return Object.values(v).flatMap(fileIdsIn)
}
