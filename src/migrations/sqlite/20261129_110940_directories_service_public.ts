import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`procedures_service_public_services\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`title\` text,
  	\`cerfa\` text,
  	\`url\` text,
  	\`service_id\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_service_public_services_order_idx\` ON \`procedures_service_public_services\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_service_public_services_parent_id_idx\` ON \`procedures_service_public_services\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_service_public_services\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`title\` text,
  	\`cerfa\` text,
  	\`url\` text,
  	\`service_id\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_service_public_services_order_idx\` ON \`_procedures_v_version_service_public_services\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_service_public_services_parent_id_idx\` ON \`_procedures_v_version_service_public_services\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`associations_meetings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`place\` text NOT NULL,
  	\`schedule\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`associations_meetings_order_idx\` ON \`associations_meetings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`associations_meetings_parent_id_idx\` ON \`associations_meetings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`associations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`category\` text NOT NULL,
  	\`description\` text,
  	\`logo_id\` integer,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_website\` text,
  	\`address_street\` text,
  	\`address_postcode\` text,
  	\`address_commune\` text,
  	\`location\` text,
  	\`sort_name\` text,
  	\`initial\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`associations_slug_idx\` ON \`associations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`associations_status_idx\` ON \`associations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`associations_category_idx\` ON \`associations\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`associations_logo_idx\` ON \`associations\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`associations_sort_name_idx\` ON \`associations\` (\`sort_name\`);`)
  await db.run(sql`CREATE INDEX \`associations_initial_idx\` ON \`associations\` (\`initial\`);`)
  await db.run(sql`CREATE INDEX \`associations_search_text_idx\` ON \`associations\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`associations_updated_at_idx\` ON \`associations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`associations_created_at_idx\` ON \`associations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`businesses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`sector\` text NOT NULL,
  	\`siret\` text NOT NULL,
  	\`description\` text,
  	\`logo_id\` integer,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_website\` text,
  	\`address_street\` text,
  	\`address_postcode\` text,
  	\`address_commune\` text,
  	\`location\` text,
  	\`opening_hours\` text,
  	\`sort_name\` text,
  	\`initial\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`businesses_slug_idx\` ON \`businesses\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`businesses_status_idx\` ON \`businesses\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`businesses_sector_idx\` ON \`businesses\` (\`sector\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`businesses_siret_idx\` ON \`businesses\` (\`siret\`);`)
  await db.run(sql`CREATE INDEX \`businesses_logo_idx\` ON \`businesses\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`businesses_sort_name_idx\` ON \`businesses\` (\`sort_name\`);`)
  await db.run(sql`CREATE INDEX \`businesses_initial_idx\` ON \`businesses\` (\`initial\`);`)
  await db.run(sql`CREATE INDEX \`businesses_search_text_idx\` ON \`businesses\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`businesses_updated_at_idx\` ON \`businesses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`businesses_created_at_idx\` ON \`businesses\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`directory_proposals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`decision\` text DEFAULT 'pending' NOT NULL,
  	\`rejection_reason\` text,
  	\`kind\` text NOT NULL,
  	\`target_slug\` text,
  	\`decided_at\` text,
  	\`reference\` text,
  	\`requester_name\` text,
  	\`requester_email\` text,
  	\`name\` text NOT NULL,
  	\`category\` text NOT NULL,
  	\`siret\` text,
  	\`description\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_website\` text,
  	\`address_street\` text,
  	\`address_postcode\` text,
  	\`address_commune\` text,
  	\`opening_hours\` text,
  	\`meetings\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`directory_proposals_decision_idx\` ON \`directory_proposals\` (\`decision\`);`)
  await db.run(sql`CREATE INDEX \`directory_proposals_updated_at_idx\` ON \`directory_proposals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`directory_proposals_created_at_idx\` ON \`directory_proposals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`directory_proposals_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`associations_id\` integer,
  	\`businesses_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`directory_proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`associations_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`businesses_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`directory_proposals_rels_order_idx\` ON \`directory_proposals_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`directory_proposals_rels_parent_idx\` ON \`directory_proposals_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`directory_proposals_rels_path_idx\` ON \`directory_proposals_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`directory_proposals_rels_associations_id_idx\` ON \`directory_proposals_rels\` (\`associations_id\`);`)
  await db.run(sql`CREATE INDEX \`directory_proposals_rels_businesses_id_idx\` ON \`directory_proposals_rels\` (\`businesses_id\`);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`service_public_title\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`service_public_summary\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`service_public_modified_at\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`service_public_url\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`service_public_imported_at\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`service_public_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`service_public_mark_reviewed\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`service_public_needs_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`procedures_service_public_needs_review_idx\` ON \`procedures\` (\`service_public_needs_review\`);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_service_public_title\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_service_public_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_service_public_modified_at\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_service_public_url\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_service_public_imported_at\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_service_public_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_service_public_mark_reviewed\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_service_public_needs_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_service_public_needs_revie_idx\` ON \`_procedures_v\` (\`version_service_public_needs_review\`);`)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`directory\` text;`)
  await db.run(sql`ALTER TABLE \`_forms_v\` ADD \`version_directory\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`associations_id\` integer REFERENCES associations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`businesses_id\` integer REFERENCES businesses(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`directory_proposals_id\` integer REFERENCES directory_proposals(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_associations_id_idx\` ON \`payload_locked_documents_rels\` (\`associations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_businesses_id_idx\` ON \`payload_locked_documents_rels\` (\`businesses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_directory_proposals_id_idx\` ON \`payload_locked_documents_rels\` (\`directory_proposals_id\`);`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`map_tile_url\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`map_attribution\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`procedures_service_public_services\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_service_public_services\`;`)
  await db.run(sql`DROP TABLE \`associations_meetings\`;`)
  await db.run(sql`DROP TABLE \`associations\`;`)
  await db.run(sql`DROP TABLE \`businesses\`;`)
  await db.run(sql`DROP TABLE \`directory_proposals\`;`)
  await db.run(sql`DROP TABLE \`directory_proposals_rels\`;`)
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
  	\`documents_id\` integer,
  	\`media_id\` integer,
  	\`organisations_id\` integer,
  	\`users_id\` integer,
  	\`request_stats_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`domains_id\`) REFERENCES \`domains\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`forms_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submissions_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submission_files_id\`) REFERENCES \`submission_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_sessions_id\`) REFERENCES \`form_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`request_stats_id\`) REFERENCES \`request_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "procedures_id", "domains_id", "forms_id", "submissions_id", "submission_files_id", "form_sessions_id", "documents_id", "media_id", "organisations_id", "users_id", "request_stats_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "procedures_id", "domains_id", "forms_id", "submissions_id", "submission_files_id", "form_sessions_id", "documents_id", "media_id", "organisations_id", "users_id", "request_stats_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_request_stats_id_idx\` ON \`payload_locked_documents_rels\` (\`request_stats_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`DROP INDEX \`procedures_service_public_needs_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`service_public_title\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`service_public_summary\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`service_public_modified_at\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`service_public_url\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`service_public_imported_at\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`service_public_reviewed_at\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`service_public_mark_reviewed\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`service_public_needs_review\`;`)
  await db.run(sql`DROP INDEX \`_procedures_v_version_version_service_public_needs_revie_idx\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_service_public_title\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_service_public_summary\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_service_public_modified_at\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_service_public_url\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_service_public_imported_at\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_service_public_reviewed_at\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_service_public_mark_reviewed\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_service_public_needs_review\`;`)
  await db.run(sql`ALTER TABLE \`forms\` DROP COLUMN \`directory\`;`)
  await db.run(sql`ALTER TABLE \`_forms_v\` DROP COLUMN \`version_directory\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`map_tile_url\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`map_attribution\`;`)
}
