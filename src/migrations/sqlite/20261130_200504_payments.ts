import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`forms_payment_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`kind\` text DEFAULT 'fixed',
  	\`amount\` numeric,
  	\`quantity_field\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_payment_rules_order_idx\` ON \`forms_payment_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_payment_rules_parent_id_idx\` ON \`forms_payment_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_version_payment_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`kind\` text DEFAULT 'fixed',
  	\`amount\` numeric,
  	\`quantity_field\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_version_payment_rules_order_idx\` ON \`_forms_v_version_payment_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_payment_rules_parent_id_idx\` ON \`_forms_v_version_payment_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text NOT NULL,
  	\`submission_id\` integer NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`amount_cents\` numeric NOT NULL,
  	\`objet\` text,
  	\`refdet\` text NOT NULL,
  	\`id_op\` text NOT NULL,
  	\`open_key\` text NOT NULL,
  	\`state\` text DEFAULT 'en_attente' NOT NULL,
  	\`means\` text,
  	\`provider\` text,
  	\`mode\` text,
  	\`paid_at\` text,
  	\`numauto\` text,
  	\`payer_email\` text,
  	\`settled_at\` text,
  	\`problem\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`payments_reference_idx\` ON \`payments\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`payments_submission_idx\` ON \`payments\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`payments_organisation_idx\` ON \`payments\` (\`organisation_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`payments_refdet_idx\` ON \`payments\` (\`refdet\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`payments_id_op_idx\` ON \`payments\` (\`id_op\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`payments_open_key_idx\` ON \`payments\` (\`open_key\`);`)
  await db.run(sql`CREATE INDEX \`payments_state_idx\` ON \`payments\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`payments_paid_at_idx\` ON \`payments\` (\`paid_at\`);`)
  await db.run(sql`CREATE INDEX \`payments_updated_at_idx\` ON \`payments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payments_created_at_idx\` ON \`payments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`state_createdAt_idx\` ON \`payments\` (\`state\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payment_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`payment_id\` integer NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`at\` text NOT NULL,
  	\`from\` text,
  	\`to\` text NOT NULL,
  	\`source\` text NOT NULL,
  	\`detail\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`payment_id\`) REFERENCES \`payments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payment_events_key_idx\` ON \`payment_events\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payment_events_payment_idx\` ON \`payment_events\` (\`payment_id\`);`)
  await db.run(sql`CREATE INDEX \`payment_events_organisation_idx\` ON \`payment_events\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`payment_events_updated_at_idx\` ON \`payment_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payment_events_created_at_idx\` ON \`payment_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payfip_simulations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`id_op\` text NOT NULL,
  	\`numcli\` text NOT NULL,
  	\`exer\` text NOT NULL,
  	\`refdet\` text NOT NULL,
  	\`amount_cents\` numeric NOT NULL,
  	\`mel\` text NOT NULL,
  	\`objet\` text,
  	\`saisie\` text NOT NULL,
  	\`urlnotif\` text NOT NULL,
  	\`urlredirect\` text NOT NULL,
  	\`issued_at\` text NOT NULL,
  	\`state\` text DEFAULT 'en-attente' NOT NULL,
  	\`resultrans\` text,
  	\`numauto\` text,
  	\`chosen_at\` text,
  	\`notification_skipped\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payfip_simulations_id_op_idx\` ON \`payfip_simulations\` (\`id_op\`);`)
  await db.run(sql`CREATE INDEX \`payfip_simulations_refdet_idx\` ON \`payfip_simulations\` (\`refdet\`);`)
  await db.run(sql`CREATE INDEX \`payfip_simulations_state_idx\` ON \`payfip_simulations\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`payfip_simulations_updated_at_idx\` ON \`payfip_simulations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payfip_simulations_created_at_idx\` ON \`payfip_simulations\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`payment_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`payment_objet\` text;`)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`payment_fixed_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`payment_fixed_label\` text;`)
  await db.run(sql`ALTER TABLE \`_forms_v\` ADD \`version_payment_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_forms_v\` ADD \`version_payment_objet\` text;`)
  await db.run(sql`ALTER TABLE \`_forms_v\` ADD \`version_payment_fixed_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`_forms_v\` ADD \`version_payment_fixed_label\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`payments_id\` integer REFERENCES payments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`payment_events_id\` integer REFERENCES payment_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`payfip_simulations_id\` integer REFERENCES payfip_simulations(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_payments_id_idx\` ON \`payload_locked_documents_rels\` (\`payments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_payment_events_id_idx\` ON \`payload_locked_documents_rels\` (\`payment_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_payfip_simulations_id_idx\` ON \`payload_locked_documents_rels\` (\`payfip_simulations_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`forms_payment_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_version_payment_rules\`;`)
  await db.run(sql`DROP TABLE \`payments\`;`)
  await db.run(sql`DROP TABLE \`payment_events\`;`)
  await db.run(sql`DROP TABLE \`payfip_simulations\`;`)
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
  	FOREIGN KEY (\`check_ins_id\`) REFERENCES \`check_ins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`request_stats_id\`) REFERENCES \`request_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`associations_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`businesses_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`directory_proposals_id\`) REFERENCES \`directory_proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "procedures_id", "domains_id", "forms_id", "submissions_id", "submission_files_id", "form_sessions_id", "place_claims_id", "resources_id", "bookings_id", "events_id", "tickets_id", "waiting_list_id", "check_ins_id", "documents_id", "media_id", "organisations_id", "users_id", "request_stats_id", "audit_log_id", "associations_id", "businesses_id", "directory_proposals_id") SELECT "id", "order", "parent_id", "path", "procedures_id", "domains_id", "forms_id", "submissions_id", "submission_files_id", "form_sessions_id", "place_claims_id", "resources_id", "bookings_id", "events_id", "tickets_id", "waiting_list_id", "check_ins_id", "documents_id", "media_id", "organisations_id", "users_id", "request_stats_id", "audit_log_id", "associations_id", "businesses_id", "directory_proposals_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`ALTER TABLE \`forms\` DROP COLUMN \`payment_enabled\`;`)
  await db.run(sql`ALTER TABLE \`forms\` DROP COLUMN \`payment_objet\`;`)
  await db.run(sql`ALTER TABLE \`forms\` DROP COLUMN \`payment_fixed_amount\`;`)
  await db.run(sql`ALTER TABLE \`forms\` DROP COLUMN \`payment_fixed_label\`;`)
  await db.run(sql`ALTER TABLE \`_forms_v\` DROP COLUMN \`version_payment_enabled\`;`)
  await db.run(sql`ALTER TABLE \`_forms_v\` DROP COLUMN \`version_payment_objet\`;`)
  await db.run(sql`ALTER TABLE \`_forms_v\` DROP COLUMN \`version_payment_fixed_amount\`;`)
  await db.run(sql`ALTER TABLE \`_forms_v\` DROP COLUMN \`version_payment_fixed_label\`;`)
}
