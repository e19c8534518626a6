import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`domain_id\` integer REFERENCES domains(id);`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`first_response_at\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`first_response_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`closed_at\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`closure_days\` numeric;`)
  await db.run(sql`CREATE INDEX \`submissions_domain_idx\` ON \`submissions\` (\`domain_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_first_response_at_idx\` ON \`submissions\` (\`first_response_at\`);`)
  await db.run(sql`CREATE INDEX \`submissions_closed_at_idx\` ON \`submissions\` (\`closed_at\`);`)
  await db.run(sql`CREATE INDEX \`organisation_status_dueDate_idx\` ON \`submissions\` (\`organisation_id\`,\`status\`,\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`status_dueDate_idx\` ON \`submissions\` (\`status\`,\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`organisation_form_idx\` ON \`submissions\` (\`organisation_id\`,\`form_id\`);`)
  await db.run(sql`CREATE INDEX \`organisation_domain_status_idx\` ON \`submissions\` (\`organisation_id\`,\`domain_id\`,\`status\`);`)
  await db.run(sql`CREATE INDEX \`domain_status_idx\` ON \`submissions\` (\`domain_id\`,\`status\`);`)
  await db.run(sql`CREATE INDEX \`organisation_status_closedAt_idx\` ON \`submissions\` (\`organisation_id\`,\`status\`,\`closed_at\`);`)
  await db.run(sql`CREATE INDEX \`status_closedAt_idx\` ON \`submissions\` (\`status\`,\`closed_at\`);`)
  await db.run(sql`CREATE INDEX \`organisation_createdAt_firstResponseDays_idx\` ON \`submissions\` (\`organisation_id\`,\`created_at\`,\`first_response_days\`);`)
  await db.run(sql`CREATE INDEX \`organisation_createdAt_closureDays_idx\` ON \`submissions\` (\`organisation_id\`,\`created_at\`,\`closure_days\`);`)
  await db.run(sql`CREATE INDEX \`createdAt_firstResponseDays_idx\` ON \`submissions\` (\`created_at\`,\`first_response_days\`);`)
  await db.run(sql`CREATE INDEX \`createdAt_closureDays_idx\` ON \`submissions\` (\`created_at\`,\`closure_days\`);`)
  // Existing requests: fill the derived columns as the hooks would (setDomain, recordTimings).
  await db.run(sql`UPDATE \`submissions\` SET \`domain_id\` = (SELECT \`domain_id\` FROM \`procedures\` WHERE \`procedures\`.\`form_id\` = \`submissions\`.\`form_id\` AND \`domain_id\` IS NOT NULL LIMIT 1);`)
  await db.run(sql`UPDATE \`submissions\` SET \`first_response_at\` = (SELECT MIN(\`at\`) FROM (
    SELECT \`at\` FROM \`submissions_history\` WHERE \`_parent_id\` = \`submissions\`.\`id\`
    UNION ALL SELECT \`at\` FROM \`submissions_messages\` WHERE \`_parent_id\` = \`submissions\`.\`id\` AND \`direction\` = 'agent'));`)
  await db.run(sql`UPDATE \`submissions\` SET \`closed_at\` = (SELECT MAX(\`at\`) FROM \`submissions_history\` WHERE \`_parent_id\` = \`submissions\`.\`id\` AND \`to\` IN ('terminee', 'refusee', 'classee')) WHERE \`status\` IN ('terminee', 'refusee', 'classee');`)
  await db.run(sql`UPDATE \`submissions\` SET
    \`first_response_days\` = julianday(\`first_response_at\`) - julianday(\`created_at\`),
    \`closure_days\` = julianday(\`closed_at\`) - julianday(\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_submissions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text NOT NULL,
  	\`follow_up_token\` text NOT NULL,
  	\`form_id\` integer NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'recue' NOT NULL,
  	\`requester_name\` text,
  	\`requester_email\` text,
  	\`form_version\` text NOT NULL,
  	\`answers\` text NOT NULL,
  	\`assignee_id\` integer,
  	\`status_comment\` text,
  	\`mark_complete\` integer,
  	\`response_delay_days\` numeric,
  	\`complete_at\` text,
  	\`due_date\` text,
  	\`reply\` text,
  	\`new_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`form_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_submissions\`("id", "reference", "follow_up_token", "form_id", "organisation_id", "status", "requester_name", "requester_email", "form_version", "answers", "assignee_id", "status_comment", "mark_complete", "response_delay_days", "complete_at", "due_date", "reply", "new_note", "updated_at", "created_at") SELECT "id", "reference", "follow_up_token", "form_id", "organisation_id", "status", "requester_name", "requester_email", "form_version", "answers", "assignee_id", "status_comment", "mark_complete", "response_delay_days", "complete_at", "due_date", "reply", "new_note", "updated_at", "created_at" FROM \`submissions\`;`)
  await db.run(sql`DROP TABLE \`submissions\`;`)
  await db.run(sql`ALTER TABLE \`__new_submissions\` RENAME TO \`submissions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`submissions_reference_idx\` ON \`submissions\` (\`reference\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`submissions_follow_up_token_idx\` ON \`submissions\` (\`follow_up_token\`);`)
  await db.run(sql`CREATE INDEX \`submissions_form_idx\` ON \`submissions\` (\`form_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_organisation_idx\` ON \`submissions\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_status_idx\` ON \`submissions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`submissions_requester_name_idx\` ON \`submissions\` (\`requester_name\`);`)
  await db.run(sql`CREATE INDEX \`submissions_assignee_idx\` ON \`submissions\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_due_date_idx\` ON \`submissions\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`submissions_updated_at_idx\` ON \`submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`submissions_created_at_idx\` ON \`submissions\` (\`created_at\`);`)
}
