/** Whether a database error is a unique constraint refusing a duplicate (SQLite or MongoDB, through Payload). */
export function isUniqueViolation(error: unknown): boolean {
  const text = `${(error as Error)?.message ?? ''} ${JSON.stringify((error as { data?: unknown })?.data ?? '')}`
  if (/unique|duplicate|E11000|already|déjà/i.test(text)) return true
  // A statement run through drizzle directly (decision 0042) wraps the driver's error.
  const cause = (error as { cause?: unknown })?.cause
  return cause !== undefined && cause !== error && isUniqueViolation(cause)
}
