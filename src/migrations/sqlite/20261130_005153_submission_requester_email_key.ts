import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`requester_email_key\` text;`)
  await db.run(sql`CREATE INDEX \`submissions_requester_email_key_idx\` ON \`submissions\` (\`requester_email_key\`);`)
  // Existing requests: the lower-case copy the workflow hook sets (decision 0019).
  await db.run(sql`UPDATE \`submissions\` SET \`requester_email_key\` = NULLIF(lower(trim(\`requester_email\`)), '');`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`submissions_requester_email_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`requester_email_key\`;`)
}
