import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`forms_blocks_heading\` ADD \`content\` text;`)
  await db.run(sql`ALTER TABLE \`_forms_v_blocks_heading\` ADD \`content\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`forms_blocks_heading\` DROP COLUMN \`content\`;`)
  await db.run(sql`ALTER TABLE \`_forms_v_blocks_heading\` DROP COLUMN \`content\`;`)
}
