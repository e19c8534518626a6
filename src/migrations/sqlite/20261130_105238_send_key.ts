import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`send_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`submissions_send_key_idx\` ON \`submissions\` (\`send_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`submissions_send_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`send_key\`;`)
}
