import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`forms_blocks_attente_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_attente\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_attente_condition_rules_order_idx\` ON \`forms_blocks_attente_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_attente_condition_rules_parent_id_idx\` ON \`forms_blocks_attente_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_attente\` (
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
  	\`event_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_attente_order_idx\` ON \`forms_blocks_attente\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_attente_parent_id_idx\` ON \`forms_blocks_attente\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_attente_path_idx\` ON \`forms_blocks_attente\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_attente_event_idx\` ON \`forms_blocks_attente\` (\`event_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_attente_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_attente\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_attente_condition_rules_order_idx\` ON \`_forms_v_blocks_attente_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_attente_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_attente_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_attente\` (
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
  	\`event_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_attente_order_idx\` ON \`_forms_v_blocks_attente\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_attente_parent_id_idx\` ON \`_forms_v_blocks_attente\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_attente_path_idx\` ON \`_forms_v_blocks_attente\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_attente_event_idx\` ON \`_forms_v_blocks_attente\` (\`event_id\`);`)
  await db.run(sql`CREATE TABLE \`waiting_list\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text NOT NULL,
  	\`event_id\` integer NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`event_title\` text,
  	\`session\` text NOT NULL,
  	\`session_starts_at\` text NOT NULL,
  	\`places\` numeric NOT NULL,
  	\`name\` text,
  	\`email\` text NOT NULL,
  	\`state\` text DEFAULT 'attente' NOT NULL,
  	\`offered_at\` text,
  	\`offer_expires_at\` text,
  	\`offer_token_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`waiting_list_reference_idx\` ON \`waiting_list\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_event_idx\` ON \`waiting_list\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_organisation_idx\` ON \`waiting_list\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_state_idx\` ON \`waiting_list\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_offer_token_hash_idx\` ON \`waiting_list\` (\`offer_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_updated_at_idx\` ON \`waiting_list\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_created_at_idx\` ON \`waiting_list\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`event_session_state_idx\` ON \`waiting_list\` (\`event_id\`,\`session\`,\`state\`);`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`association_id\` integer REFERENCES associations(id);`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`resident_declared\` integer;`)
  await db.run(sql`CREATE INDEX \`bookings_association_idx\` ON \`bookings\` (\`association_id\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`waiting_form_id\` integer REFERENCES forms(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`waiting_offer_hours\` numeric DEFAULT 48;`)
  await db.run(sql`CREATE INDEX \`events_waiting_form_idx\` ON \`events\` (\`waiting_form_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`waiting_list_id\` integer REFERENCES waiting_list(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_waiting_list_id_idx\` ON \`payload_locked_documents_rels\` (\`waiting_list_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`forms_blocks_attente_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_attente\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_attente_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_attente\`;`)
  await db.run(sql`DROP TABLE \`waiting_list\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_bookings\` (
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
  await db.run(sql`INSERT INTO \`__new_bookings\`("id", "reference", "submission_id", "resource_id", "organisation_id", "state", "option_until", "requester_name", "requester_email", "start", "starts_at", "ends_at", "days", "quantity", "rate", "amount_cents", "updated_at", "created_at") SELECT "id", "reference", "submission_id", "resource_id", "organisation_id", "state", "option_until", "requester_name", "requester_email", "start", "starts_at", "ends_at", "days", "quantity", "rate", "amount_cents", "updated_at", "created_at" FROM \`bookings\`;`)
  await db.run(sql`DROP TABLE \`bookings\`;`)
  await db.run(sql`ALTER TABLE \`__new_bookings\` RENAME TO \`bookings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`bookings_reference_idx\` ON \`bookings\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`bookings_submission_idx\` ON \`bookings\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_resource_idx\` ON \`bookings\` (\`resource_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_organisation_idx\` ON \`bookings\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_starts_at_idx\` ON \`bookings\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`bookings_updated_at_idx\` ON \`bookings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bookings_created_at_idx\` ON \`bookings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`resource_startsAt_idx\` ON \`bookings\` (\`resource_id\`,\`starts_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`venue\` text DEFAULT 'Le Dôme',
  	\`organisation_id\` integer NOT NULL,
  	\`category\` text,
  	\`image_id\` integer,
  	\`summary\` text NOT NULL,
  	\`body\` text,
  	\`form_id\` integer,
  	\`max_per_order\` numeric DEFAULT 8,
  	\`cancellation_hours\` numeric DEFAULT 48,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`form_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "title", "slug", "venue", "organisation_id", "category", "image_id", "summary", "body", "form_id", "max_per_order", "cancellation_hours", "updated_at", "created_at") SELECT "id", "title", "slug", "venue", "organisation_id", "category", "image_id", "summary", "body", "form_id", "max_per_order", "cancellation_hours", "updated_at", "created_at" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_organisation_idx\` ON \`events\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`events_image_idx\` ON \`events\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`events_form_idx\` ON \`events\` (\`form_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "procedures_id", "domains_id", "forms_id", "submissions_id", "submission_files_id", "form_sessions_id", "place_claims_id", "resources_id", "bookings_id", "events_id", "tickets_id", "check_ins_id", "documents_id", "media_id", "organisations_id", "users_id", "request_stats_id", "audit_log_id", "associations_id", "businesses_id", "directory_proposals_id") SELECT "id", "order", "parent_id", "path", "procedures_id", "domains_id", "forms_id", "submissions_id", "submission_files_id", "form_sessions_id", "place_claims_id", "resources_id", "bookings_id", "events_id", "tickets_id", "check_ins_id", "documents_id", "media_id", "organisations_id", "users_id", "request_stats_id", "audit_log_id", "associations_id", "businesses_id", "directory_proposals_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
}
