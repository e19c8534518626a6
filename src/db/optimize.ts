import type { Payload } from 'payload'

type SqlClient = { execute: (sql: string) => Promise<unknown> }

/**
 * SQLite's recommended upkeep for a long-running app: refresh the query planner's statistics
 * where they are stale (`PRAGMA optimize`), bounded in time by `analysis_limit`. Without them the
 * planner may pick an index that scans most of the requests (decision 0012). MongoDB: nothing to do.
 */
export async function optimizeDatabase(payload: Payload): Promise<void> {
  const client = (payload.db as unknown as { client?: SqlClient }).client
  if (payload.db.name !== 'sqlite' || !client) return
  await client.execute('PRAGMA analysis_limit=1000')
  await client.execute('PRAGMA optimize=0x10002')
}
