import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`organisation_status_dueDate_idx\`;`)
  await db.run(sql`DROP INDEX \`status_dueDate_idx\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`open_due_date\` text;`)
  await db.run(sql`CREATE INDEX \`submissions_open_due_date_idx\` ON \`submissions\` (\`open_due_date\`);`)
  await db.run(sql`CREATE INDEX \`organisation_openDueDate_idx\` ON \`submissions\` (\`organisation_id\`,\`open_due_date\`);`)
  // Existing requests: the due date while open (as recordTimings sets it).
  await db.run(sql`UPDATE \`submissions\` SET \`open_due_date\` = CASE WHEN \`status\` IN ('terminee', 'refusee', 'classee') THEN NULL ELSE \`due_date\` END;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`submissions_open_due_date_idx\`;`)
  await db.run(sql`DROP INDEX \`organisation_openDueDate_idx\`;`)
  await db.run(sql`CREATE INDEX \`organisation_status_dueDate_idx\` ON \`submissions\` (\`organisation_id\`,\`status\`,\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`status_dueDate_idx\` ON \`submissions\` (\`status\`,\`due_date\`);`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`open_due_date\`;`)
}
