/** Whether a database error is a unique constraint refusing a duplicate (SQLite or MongoDB, through Payload). */
export function isUniqueViolation(error: unknown): boolean {
  const text = `${(error as Error)?.message ?? ''} ${JSON.stringify((error as { data?: unknown })?.data ?? '')}`
  return /unique|duplicate|E11000|already|déjà/i.test(text)
}
