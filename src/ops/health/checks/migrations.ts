import type { Payload } from 'payload'

import type { CheckResult, HealthCheck } from '../types'

/** Once every migration is recorded the answer cannot change while the process runs. */
const completeMigrations = new WeakMap<Payload, number>()

/** The committed SQLite migrations, loaded once, on the first check. */
let committed: Promise<string[]> | undefined
const committedMigrations = () => (committed ??= import('../../../migrations/sqlite/index').then(({ migrations }) => migrations.map((m) => m.name)))

/**
 * Every committed migration (src/migrations/sqlite/index.ts) is recorded in payload_migrations.
 * A schema pushed by Payload (tests, development, DATABASE_PUSH=true) records no migration but a
 * `dev` row (batch -1): it is reported as such, not as a failure — the application runs on it.
 * MongoDB has no migrations.
 */
async function checkMigrations(payload: Payload): Promise<CheckResult> {
  if (payload.db.name !== 'sqlite') return { ok: true, message: 'MongoDB : pas de migrations.' }
  const known = completeMigrations.get(payload)
  if (known !== undefined) return { ok: true, applied: known, expected: known }
  const expected = await committedMigrations()
  const { docs } = await payload.find({ collection: 'payload-migrations', pagination: false, depth: 0, overrideAccess: true, select: { name: true, batch: true } })
  const recorded = new Set(docs.map((doc) => doc.name))
  const missing = expected.filter((name) => !recorded.has(name)).length
  if (missing === 0) {
    completeMigrations.set(payload, expected.length)
    return { ok: true, applied: expected.length, expected: expected.length }
  }
  const pushed = docs.some((doc) => doc.batch === -1) || (payload.db as unknown as { push?: boolean }).push === true
  if (pushed) return { ok: true, schema: 'pushed', message: 'Schéma poussé par Payload (développement ou tests) : migrations non vérifiées.' }
  return {
    ok: false,
    applied: expected.length - missing,
    expected: expected.length,
    message: `${missing} migration${missing > 1 ? 's' : ''} à appliquer : lancez « npm run migrate ».`,
  }
}

export const migrationsCheck: HealthCheck = {
  name: 'migrations',
  appliesTo: () => true,
  failure: 'Les migrations appliquées ne peuvent pas être lues.',
  run: checkMigrations,
}
