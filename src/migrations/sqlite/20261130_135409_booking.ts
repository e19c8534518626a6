import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`forms_blocks_creneau_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_creneau\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_creneau_condition_rules_order_idx\` ON \`forms_blocks_creneau_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_creneau_condition_rules_parent_id_idx\` ON \`forms_blocks_creneau_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_creneau\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`resource_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`resource_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_creneau_order_idx\` ON \`forms_blocks_creneau\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_creneau_parent_id_idx\` ON \`forms_blocks_creneau\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_creneau_path_idx\` ON \`forms_blocks_creneau\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_creneau_resource_idx\` ON \`forms_blocks_creneau\` (\`resource_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_creneau_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_creneau\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_creneau_condition_rules_order_idx\` ON \`_forms_v_blocks_creneau_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_creneau_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_creneau_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_creneau\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`resource_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`resource_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_creneau_order_idx\` ON \`_forms_v_blocks_creneau\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_creneau_parent_id_idx\` ON \`_forms_v_blocks_creneau\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_creneau_path_idx\` ON \`_forms_v_blocks_creneau\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_creneau_resource_idx\` ON \`_forms_v_blocks_creneau\` (\`resource_id\`);`)
  await db.run(sql`CREATE TABLE \`resources_opening_hours_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources_opening_hours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_opening_hours_days_order_idx\` ON \`resources_opening_hours_days\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`resources_opening_hours_days_parent_idx\` ON \`resources_opening_hours_days\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`resources_opening_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`opens\` text NOT NULL,
  	\`closes\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_opening_hours_order_idx\` ON \`resources_opening_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`resources_opening_hours_parent_id_idx\` ON \`resources_opening_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`resources_closures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text,
  	\`reason\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_closures_order_idx\` ON \`resources_closures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`resources_closures_parent_id_idx\` ON \`resources_closures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`resources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'salle' NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`description\` text,
  	\`capacity\` numeric,
  	\`stock\` numeric DEFAULT 1 NOT NULL,
  	\`max_quantity\` numeric,
  	\`unit\` text DEFAULT 'jour' NOT NULL,
  	\`slot_minutes\` numeric DEFAULT 120,
  	\`max_days\` numeric DEFAULT 1,
  	\`closed_on_public_holidays\` integer DEFAULT true,
  	\`min_delay_days\` numeric DEFAULT 2,
  	\`max_delay_days\` numeric DEFAULT 90,
  	\`hold_minutes\` numeric DEFAULT 15,
  	\`audience\` text DEFAULT 'tous' NOT NULL,
  	\`prices_resident\` numeric,
  	\`prices_non_resident\` numeric,
  	\`prices_association\` numeric,
  	\`approval\` integer DEFAULT false,
  	\`option_days\` numeric DEFAULT 7,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`resources_slug_idx\` ON \`resources\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`resources_organisation_idx\` ON \`resources\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`resources_updated_at_idx\` ON \`resources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`resources_created_at_idx\` ON \`resources\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`bookings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text NOT NULL,
  	\`submission_id\` integer,
  	\`resource_id\` integer NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`state\` text DEFAULT 'confirmee' NOT NULL,
  	\`option_until\` text,
  	\`requester_name\` text,
  	\`requester_email\` text,
  	\`start\` text NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`days\` numeric,
  	\`quantity\` numeric NOT NULL,
  	\`rate\` text,
  	\`amount_cents\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resource_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`bookings_reference_idx\` ON \`bookings\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`bookings_submission_idx\` ON \`bookings\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_resource_idx\` ON \`bookings\` (\`resource_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_organisation_idx\` ON \`bookings\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_starts_at_idx\` ON \`bookings\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`bookings_updated_at_idx\` ON \`bookings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bookings_created_at_idx\` ON \`bookings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`resource_startsAt_idx\` ON \`bookings\` (\`resource_id\`,\`starts_at\`);`)
  await db.run(sql`ALTER TABLE \`place_claims\` ADD \`scope\` text;`)
  await db.run(sql`ALTER TABLE \`place_claims\` ADD \`expires_at\` text;`)
  await db.run(sql`CREATE INDEX \`place_claims_scope_idx\` ON \`place_claims\` (\`scope\`);`)
  await db.run(sql`CREATE INDEX \`place_claims_expires_at_idx\` ON \`place_claims\` (\`expires_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`resources_id\` integer REFERENCES resources(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`bookings_id\` integer REFERENCES bookings(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`bookings_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`forms_blocks_creneau_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_creneau\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_creneau_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_creneau\`;`)
  await db.run(sql`DROP TABLE \`resources_opening_hours_days\`;`)
  await db.run(sql`DROP TABLE \`resources_opening_hours\`;`)
  await db.run(sql`DROP TABLE \`resources_closures\`;`)
  await db.run(sql`DROP TABLE \`resources\`;`)
  await db.run(sql`DROP TABLE \`bookings\`;`)
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "procedures_id", "domains_id", "forms_id", "submissions_id", "submission_files_id", "form_sessions_id", "place_claims_id", "documents_id", "media_id", "organisations_id", "users_id", "request_stats_id", "audit_log_id", "associations_id", "businesses_id", "directory_proposals_id") SELECT "id", "order", "parent_id", "path", "procedures_id", "domains_id", "forms_id", "submissions_id", "submission_files_id", "form_sessions_id", "place_claims_id", "documents_id", "media_id", "organisations_id", "users_id", "request_stats_id", "audit_log_id", "associations_id", "businesses_id", "directory_proposals_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_request_stats_id_idx\` ON \`payload_locked_documents_rels\` (\`request_stats_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_associations_id_idx\` ON \`payload_locked_documents_rels\` (\`associations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_businesses_id_idx\` ON \`payload_locked_documents_rels\` (\`businesses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_directory_proposals_id_idx\` ON \`payload_locked_documents_rels\` (\`directory_proposals_id\`);`)
  await db.run(sql`DROP INDEX \`place_claims_scope_idx\`;`)
  await db.run(sql`DROP INDEX \`place_claims_expires_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`place_claims\` DROP COLUMN \`scope\`;`)
  await db.run(sql`ALTER TABLE \`place_claims\` DROP COLUMN \`expires_at\`;`)
}
