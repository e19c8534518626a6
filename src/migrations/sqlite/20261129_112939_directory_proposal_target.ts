import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`directory_proposals\` ADD \`requester_warning\` text;`)
  await db.run(sql`ALTER TABLE \`directory_proposals\` ADD \`location\` text;`)
  // Pending proposals that named their entry by slug keep it, now as the `entry` relationship
  // (approval no longer matches anything: decision 0010).
  for (const [kind, table, column] of [
    ['associations', 'associations', 'associations_id'],
    ['businesses', 'businesses', 'businesses_id'],
  ] as const) {
    await db.run(
      sql.raw(
        `INSERT INTO directory_proposals_rels (\`order\`, parent_id, path, ${column})
         SELECT NULL, p.id, 'entry', e.id FROM directory_proposals p JOIN ${table} e ON e.slug = p.target_slug
         WHERE p.kind = '${kind}' AND p.decision = 'pending'
           AND NOT EXISTS (SELECT 1 FROM directory_proposals_rels r WHERE r.parent_id = p.id AND r.path = 'entry');`,
      ),
    )
  }
  await db.run(sql`ALTER TABLE \`directory_proposals\` DROP COLUMN \`target_slug\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`directory_proposals\` ADD \`target_slug\` text;`)
  await db.run(sql`ALTER TABLE \`directory_proposals\` DROP COLUMN \`requester_warning\`;`)
  await db.run(sql`ALTER TABLE \`directory_proposals\` DROP COLUMN \`location\`;`)
}
