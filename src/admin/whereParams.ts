/** where → "where[and][0][dueDate][less_than]=…" (the query format Payload's admin list reads). */
export function whereParams(where: Record<string, unknown>): string {
  const params = new URLSearchParams()
  const walk = (value: unknown, key: string) => {
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${key}[${k}]`)
    else params.append(key, String(value))
  }
  walk(where, 'where')
  return params.toString()
}
