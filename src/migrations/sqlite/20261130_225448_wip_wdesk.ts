import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`submission_emails\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`submission_id\` integer NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`failed\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`submission_emails_submission_idx\` ON \`submission_emails\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`submission_emails_organisation_idx\` ON \`submission_emails\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`submission_emails_updated_at_idx\` ON \`submission_emails\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`submission_emails_created_at_idx\` ON \`submission_emails\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`submissions_history\` ADD \`email_body\` text;`)
  await db.run(sql`ALTER TABLE \`submissions_history\` ADD \`pieces\` text;`)
  await db.run(sql`ALTER TABLE \`submissions_history\` ADD \`pieces_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`status_email_body\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`requested_pieces\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`pieces_due_by\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`complete_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`submission_emails_id\` integer REFERENCES submission_emails(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submission_emails_id_idx\` ON \`payload_locked_documents_rels\` (\`submission_emails_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`submission_emails\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`procedures_id\` integer,
  	\`domains_id\` integer,
  	\`forms_id\` integer,
  	\`submissions_id\` integer,
  	\`submission_files_id\` integer,
  	\`form_sessions_id\` integer,
  	\`place_claims_id\` integer,
  	\`resources_id\` integer,
  	\`bookings_id\` integer,
  	\`events_id\` integer,
  	\`tickets_id\` integer,
  	\`waiting_list_id\` integer,
  	\`payments_id\` integer,
  	\`payment_events_id\` integer,
  	\`check_ins_id\` integer,
  	\`documents_id\` integer,
  	\`media_id\` integer,
  	\`organisations_id\` integer,
  	\`users_id\` integer,
  	\`request_stats_id\` integer,
  	\`audit_log_id\` integer,
  	\`associations_id\` integer,
  	\`businesses_id\` integer,
  	\`directory_proposals_id\` integer,
  	\`payfip_simulations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`domains_id\`) REFERENCES \`domains\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`forms_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submissions_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submission_files_id\`) REFERENCES \`submission_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_sessions_id\`) REFERENCES \`form_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`place_claims_id\`) REFERENCES \`place_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bookings_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tickets_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`waiting_list_id\`) REFERENCES \`waiting_list\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`payments_id\`) REFERENCES \`payments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`payment_events_id\`) REFERENCES \`payment_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`check_ins_id\`) REFERENCES \`check_ins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`request_stats_id\`) REFERENCES \`request_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`associations_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`businesses_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`directory_proposals_id\`) REFERENCES \`directory_proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`payfip_simulations_id\`) REFERENCES \`payfip_simulations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "procedures_id", "domains_id", "forms_id", "submissions_id", "submission_files_id", "form_sessions_id", "place_claims_id", "resources_id", "bookings_id", "events_id", "tickets_id", "waiting_list_id", "payments_id", "payment_events_id", "check_ins_id", "documents_id", "media_id", "organisations_id", "users_id", "request_stats_id", "audit_log_id", "associations_id", "businesses_id", "directory_proposals_id", "payfip_simulations_id") SELECT "id", "order", "parent_id", "path", "procedures_id", "domains_id", "forms_id", "submissions_id", "submission_files_id", "form_sessions_id", "place_claims_id", "resources_id", "bookings_id", "events_id", "tickets_id", "waiting_list_id", "payments_id", "payment_events_id", "check_ins_id", "documents_id", "media_id", "organisations_id", "users_id", "request_stats_id", "audit_log_id", "associations_id", "businesses_id", "directory_proposals_id", "payfip_simulations_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_domains_id_idx\` ON \`payload_locked_documents_rels\` (\`domains_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_forms_id_idx\` ON \`payload_locked_documents_rels\` (\`forms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submission_files_id_idx\` ON \`payload_locked_documents_rels\` (\`submission_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_form_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`form_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_place_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`place_claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`bookings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tickets_id_idx\` ON \`payload_locked_documents_rels\` (\`tickets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_waiting_list_id_idx\` ON \`payload_locked_documents_rels\` (\`waiting_list_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_payments_id_idx\` ON \`payload_locked_documents_rels\` (\`payments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_payment_events_id_idx\` ON \`payload_locked_documents_rels\` (\`payment_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_check_ins_id_idx\` ON \`payload_locked_documents_rels\` (\`check_ins_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_request_stats_id_idx\` ON \`payload_locked_documents_rels\` (\`request_stats_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_associations_id_idx\` ON \`payload_locked_documents_rels\` (\`associations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_businesses_id_idx\` ON \`payload_locked_documents_rels\` (\`businesses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_directory_proposals_id_idx\` ON \`payload_locked_documents_rels\` (\`directory_proposals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_payfip_simulations_id_idx\` ON \`payload_locked_documents_rels\` (\`payfip_simulations_id\`);`)
  await db.run(sql`ALTER TABLE \`submissions_history\` DROP COLUMN \`email_body\`;`)
  await db.run(sql`ALTER TABLE \`submissions_history\` DROP COLUMN \`pieces\`;`)
  await db.run(sql`ALTER TABLE \`submissions_history\` DROP COLUMN \`pieces_due_at\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`status_email_body\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`requested_pieces\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`pieces_due_by\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`complete_by_name\`;`)
}
