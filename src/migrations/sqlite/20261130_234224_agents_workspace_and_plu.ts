import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
// Hand-fixed: the rebuilt forms tables copied the four new legal columns from the old tables, which lack them (drizzle-kit); they now take their defaults.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`forms_blocks_parcelle_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_parcelle\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_parcelle_condition_rules_order_idx\` ON \`forms_blocks_parcelle_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_parcelle_condition_rules_parent_id_idx\` ON \`forms_blocks_parcelle_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_parcelle\` (
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
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_parcelle_order_idx\` ON \`forms_blocks_parcelle\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_parcelle_parent_id_idx\` ON \`forms_blocks_parcelle\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_parcelle_path_idx\` ON \`forms_blocks_parcelle\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_parcelle_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_parcelle\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_parcelle_condition_rules_order_idx\` ON \`_forms_v_blocks_parcelle_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_parcelle_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_parcelle_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_parcelle\` (
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
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_parcelle_order_idx\` ON \`_forms_v_blocks_parcelle\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_parcelle_parent_id_idx\` ON \`_forms_v_blocks_parcelle\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_parcelle_path_idx\` ON \`_forms_v_blocks_parcelle\` (\`_path\`);`)
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
  await db.run(sql`CREATE TABLE \`plu_revisions_report\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`layer\` text,
  	\`row\` numeric,
  	\`field\` text,
  	\`message\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plu_revisions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plu_revisions_report_order_idx\` ON \`plu_revisions_report\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`plu_revisions_report_parent_id_idx\` ON \`plu_revisions_report\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plu_revisions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`idurba\` text NOT NULL,
  	\`insee\` text,
  	\`model\` text,
  	\`source\` text,
  	\`state\` text DEFAULT 'importing' NOT NULL,
  	\`imported_at\` text NOT NULL,
  	\`activated_at\` text,
  	\`zone_count\` numeric,
  	\`overlay_count\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`plu_revisions_state_idx\` ON \`plu_revisions\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`plu_revisions_activated_at_idx\` ON \`plu_revisions\` (\`activated_at\`);`)
  await db.run(sql`CREATE INDEX \`plu_revisions_updated_at_idx\` ON \`plu_revisions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plu_revisions_created_at_idx\` ON \`plu_revisions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`plu_revisions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plu_revisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plu_revisions_rels_order_idx\` ON \`plu_revisions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`plu_revisions_rels_parent_idx\` ON \`plu_revisions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`plu_revisions_rels_path_idx\` ON \`plu_revisions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`plu_revisions_rels_documents_id_idx\` ON \`plu_revisions_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`plu_zones\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`revision_id\` integer NOT NULL,
  	\`row\` numeric,
  	\`label\` text,
  	\`long_label\` text,
  	\`type\` text,
  	\`regulation_file\` text,
  	\`regulation_document_id\` integer,
  	\`regulation_page\` numeric,
  	\`regulation_url\` text,
  	\`attributes\` text,
  	\`geometry\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`revision_id\`) REFERENCES \`plu_revisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`regulation_document_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`plu_zones_revision_idx\` ON \`plu_zones\` (\`revision_id\`);`)
  await db.run(sql`CREATE INDEX \`plu_zones_regulation_document_idx\` ON \`plu_zones\` (\`regulation_document_id\`);`)
  await db.run(sql`CREATE INDEX \`plu_zones_updated_at_idx\` ON \`plu_zones\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plu_zones_created_at_idx\` ON \`plu_zones\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`plu_overlays\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`revision_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`shape\` text,
  	\`layer\` text,
  	\`row\` numeric,
  	\`label\` text,
  	\`code\` text,
  	\`code_label\` text,
  	\`text\` text,
  	\`regulation_file\` text,
  	\`regulation_document_id\` integer,
  	\`regulation_page\` numeric,
  	\`regulation_url\` text,
  	\`attributes\` text,
  	\`geometry\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`revision_id\`) REFERENCES \`plu_revisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`regulation_document_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`plu_overlays_revision_idx\` ON \`plu_overlays\` (\`revision_id\`);`)
  await db.run(sql`CREATE INDEX \`plu_overlays_regulation_document_idx\` ON \`plu_overlays\` (\`regulation_document_id\`);`)
  await db.run(sql`CREATE INDEX \`plu_overlays_updated_at_idx\` ON \`plu_overlays\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plu_overlays_created_at_idx\` ON \`plu_overlays\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`cadastre_sections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`commune\` text NOT NULL,
  	\`prefixe\` text,
  	\`section\` text NOT NULL,
  	\`parcel_count\` numeric,
  	\`parcels\` text NOT NULL,
  	\`batch\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`cadastre_sections_key_idx\` ON \`cadastre_sections\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`cadastre_sections_commune_idx\` ON \`cadastre_sections\` (\`commune\`);`)
  await db.run(sql`CREATE INDEX \`cadastre_sections_section_idx\` ON \`cadastre_sections\` (\`section\`);`)
  await db.run(sql`CREATE INDEX \`cadastre_sections_batch_idx\` ON \`cadastre_sections\` (\`batch\`);`)
  await db.run(sql`CREATE INDEX \`cadastre_sections_updated_at_idx\` ON \`cadastre_sections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cadastre_sections_created_at_idx\` ON \`cadastre_sections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`addresses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`search_key\` text NOT NULL,
  	\`ban_id\` text,
  	\`code_insee\` text,
  	\`code_postal\` text,
  	\`lon\` numeric NOT NULL,
  	\`lat\` numeric NOT NULL,
  	\`parcels\` text,
  	\`batch\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`addresses_search_key_idx\` ON \`addresses\` (\`search_key\`);`)
  await db.run(sql`CREATE INDEX \`addresses_code_insee_idx\` ON \`addresses\` (\`code_insee\`);`)
  await db.run(sql`CREATE INDEX \`addresses_batch_idx\` ON \`addresses\` (\`batch\`);`)
  await db.run(sql`CREATE INDEX \`addresses_updated_at_idx\` ON \`addresses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`addresses_created_at_idx\` ON \`addresses\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_query_presets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`is_shared\` integer DEFAULT false,
  	\`access_read_constraint\` text DEFAULT 'onlyMe',
  	\`access_update_constraint\` text DEFAULT 'onlyMe',
  	\`access_delete_constraint\` text DEFAULT 'onlyMe',
  	\`where\` text,
  	\`columns\` text,
  	\`group_by\` text,
  	\`related_collection\` text NOT NULL,
  	\`is_temp\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_query_presets_updated_at_idx\` ON \`payload_query_presets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_created_at_idx\` ON \`payload_query_presets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_query_presets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_query_presets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_order_idx\` ON \`payload_query_presets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_parent_idx\` ON \`payload_query_presets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_path_idx\` ON \`payload_query_presets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_users_id_idx\` ON \`payload_query_presets_rels\` (\`users_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_forms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`organisation_id\` integer,
  	\`intro\` text,
  	\`confirmation_text\` text DEFAULT 'Votre demande a bien été envoyée. Vous recevrez une réponse par courriel.',
  	\`payment_enabled\` integer DEFAULT false,
  	\`payment_objet\` text,
  	\`payment_fixed_amount\` numeric,
  	\`payment_fixed_label\` text,
  	\`emails_service_email\` text,
  	\`emails_citizen_subject\` text DEFAULT 'Votre demande {{reference}} a bien été reçue',
  	\`emails_citizen_body\` text DEFAULT 'Bonjour,
  
  Nous avons bien reçu votre demande « {{formulaire}} ».',
  	\`availability_opens_at\` text,
  	\`availability_closes_at\` text,
  	\`availability_max_submissions\` numeric,
  	\`silence_rule\` text DEFAULT 'acceptation',
  	\`response_delay_value\` numeric,
  	\`response_delay_unit\` text,
  	\`appeal_routes\` text,
  	\`response_delay_days\` numeric,
  	\`directory\` text,
  	\`retention_months\` numeric DEFAULT 24,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_forms\`("id", "title", "slug", "organisation_id", "intro", "confirmation_text", "payment_enabled", "payment_objet", "payment_fixed_amount", "payment_fixed_label", "emails_service_email", "emails_citizen_subject", "emails_citizen_body", "availability_opens_at", "availability_closes_at", "availability_max_submissions", "response_delay_days", "directory", "retention_months", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "organisation_id", "intro", "confirmation_text", "payment_enabled", "payment_objet", "payment_fixed_amount", "payment_fixed_label", "emails_service_email", "emails_citizen_subject", "emails_citizen_body", "availability_opens_at", "availability_closes_at", "availability_max_submissions", "response_delay_days", "directory", "retention_months", "updated_at", "created_at", "_status" FROM \`forms\`;`)
  await db.run(sql`DROP TABLE \`forms\`;`)
  await db.run(sql`ALTER TABLE \`__new_forms\` RENAME TO \`forms\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_slug_idx\` ON \`forms\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`forms_organisation_idx\` ON \`forms\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_updated_at_idx\` ON \`forms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`forms_created_at_idx\` ON \`forms\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`forms__status_idx\` ON \`forms\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__forms_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_organisation_id\` integer,
  	\`version_intro\` text,
  	\`version_confirmation_text\` text DEFAULT 'Votre demande a bien été envoyée. Vous recevrez une réponse par courriel.',
  	\`version_payment_enabled\` integer DEFAULT false,
  	\`version_payment_objet\` text,
  	\`version_payment_fixed_amount\` numeric,
  	\`version_payment_fixed_label\` text,
  	\`version_emails_service_email\` text,
  	\`version_emails_citizen_subject\` text DEFAULT 'Votre demande {{reference}} a bien été reçue',
  	\`version_emails_citizen_body\` text DEFAULT 'Bonjour,
  
  Nous avons bien reçu votre demande « {{formulaire}} ».',
  	\`version_availability_opens_at\` text,
  	\`version_availability_closes_at\` text,
  	\`version_availability_max_submissions\` numeric,
  	\`version_silence_rule\` text DEFAULT 'acceptation',
  	\`version_response_delay_value\` numeric,
  	\`version_response_delay_unit\` text,
  	\`version_appeal_routes\` text,
  	\`version_response_delay_days\` numeric,
  	\`version_directory\` text,
  	\`version_retention_months\` numeric DEFAULT 24,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__forms_v\`("id", "parent_id", "version_title", "version_slug", "version_organisation_id", "version_intro", "version_confirmation_text", "version_payment_enabled", "version_payment_objet", "version_payment_fixed_amount", "version_payment_fixed_label", "version_emails_service_email", "version_emails_citizen_subject", "version_emails_citizen_body", "version_availability_opens_at", "version_availability_closes_at", "version_availability_max_submissions", "version_response_delay_days", "version_directory", "version_retention_months", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_organisation_id", "version_intro", "version_confirmation_text", "version_payment_enabled", "version_payment_objet", "version_payment_fixed_amount", "version_payment_fixed_label", "version_emails_service_email", "version_emails_citizen_subject", "version_emails_citizen_body", "version_availability_opens_at", "version_availability_closes_at", "version_availability_max_submissions", "version_response_delay_days", "version_directory", "version_retention_months", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_forms_v\`;`)
  await db.run(sql`DROP TABLE \`_forms_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__forms_v\` RENAME TO \`_forms_v\`;`)
  await db.run(sql`CREATE INDEX \`_forms_v_parent_idx\` ON \`_forms_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_slug_idx\` ON \`_forms_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_organisation_idx\` ON \`_forms_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_updated_at_idx\` ON \`_forms_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_created_at_idx\` ON \`_forms_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version__status_idx\` ON \`_forms_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_created_at_idx\` ON \`_forms_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_updated_at_idx\` ON \`_forms_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_latest_idx\` ON \`_forms_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`submissions_history\` ADD \`email_body\` text;`)
  await db.run(sql`ALTER TABLE \`submissions_history\` ADD \`pieces\` text;`)
  await db.run(sql`ALTER TABLE \`submissions_history\` ADD \`pieces_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`status_email_body\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`requested_pieces\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`pieces_due_by\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`silence_rule\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`response_delay_value\` numeric;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`response_delay_unit\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`complete_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`submission_emails_id\` integer REFERENCES submission_emails(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`plu_revisions_id\` integer REFERENCES plu_revisions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`plu_zones_id\` integer REFERENCES plu_zones(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`plu_overlays_id\` integer REFERENCES plu_overlays(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`cadastre_sections_id\` integer REFERENCES cadastre_sections(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`addresses_id\` integer REFERENCES addresses(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submission_emails_id_idx\` ON \`payload_locked_documents_rels\` (\`submission_emails_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plu_revisions_id_idx\` ON \`payload_locked_documents_rels\` (\`plu_revisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plu_zones_id_idx\` ON \`payload_locked_documents_rels\` (\`plu_zones_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plu_overlays_id_idx\` ON \`payload_locked_documents_rels\` (\`plu_overlays_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cadastre_sections_id_idx\` ON \`payload_locked_documents_rels\` (\`cadastre_sections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_addresses_id_idx\` ON \`payload_locked_documents_rels\` (\`addresses_id\`);`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`appeals_court_name\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`appeals_court_address\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`appeals_online_appeal\` text DEFAULT 'www.telerecours.fr';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`forms_blocks_parcelle_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_parcelle\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_parcelle_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_parcelle\`;`)
  await db.run(sql`DROP TABLE \`submission_emails\`;`)
  await db.run(sql`DROP TABLE \`plu_revisions_report\`;`)
  await db.run(sql`DROP TABLE \`plu_revisions\`;`)
  await db.run(sql`DROP TABLE \`plu_revisions_rels\`;`)
  await db.run(sql`DROP TABLE \`plu_zones\`;`)
  await db.run(sql`DROP TABLE \`plu_overlays\`;`)
  await db.run(sql`DROP TABLE \`cadastre_sections\`;`)
  await db.run(sql`DROP TABLE \`addresses\`;`)
  await db.run(sql`DROP TABLE \`payload_query_presets\`;`)
  await db.run(sql`DROP TABLE \`payload_query_presets_rels\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_forms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`organisation_id\` integer,
  	\`intro\` text,
  	\`confirmation_text\` text DEFAULT 'Votre demande a bien été envoyée. Vous recevrez une réponse par courriel.',
  	\`payment_enabled\` integer DEFAULT false,
  	\`payment_objet\` text,
  	\`payment_fixed_amount\` numeric,
  	\`payment_fixed_label\` text,
  	\`emails_service_email\` text,
  	\`emails_citizen_subject\` text DEFAULT 'Votre demande {{reference}} a bien été reçue',
  	\`emails_citizen_body\` text DEFAULT 'Bonjour,
  
  Nous avons bien reçu votre demande « {{formulaire}} ».',
  	\`availability_opens_at\` text,
  	\`availability_closes_at\` text,
  	\`availability_max_submissions\` numeric,
  	\`response_delay_days\` numeric DEFAULT 60,
  	\`directory\` text,
  	\`retention_months\` numeric DEFAULT 24,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_forms\`("id", "title", "slug", "organisation_id", "intro", "confirmation_text", "payment_enabled", "payment_objet", "payment_fixed_amount", "payment_fixed_label", "emails_service_email", "emails_citizen_subject", "emails_citizen_body", "availability_opens_at", "availability_closes_at", "availability_max_submissions", "response_delay_days", "directory", "retention_months", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "organisation_id", "intro", "confirmation_text", "payment_enabled", "payment_objet", "payment_fixed_amount", "payment_fixed_label", "emails_service_email", "emails_citizen_subject", "emails_citizen_body", "availability_opens_at", "availability_closes_at", "availability_max_submissions", "response_delay_days", "directory", "retention_months", "updated_at", "created_at", "_status" FROM \`forms\`;`)
  await db.run(sql`DROP TABLE \`forms\`;`)
  await db.run(sql`ALTER TABLE \`__new_forms\` RENAME TO \`forms\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_slug_idx\` ON \`forms\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`forms_organisation_idx\` ON \`forms\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_updated_at_idx\` ON \`forms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`forms_created_at_idx\` ON \`forms\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`forms__status_idx\` ON \`forms\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__forms_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_organisation_id\` integer,
  	\`version_intro\` text,
  	\`version_confirmation_text\` text DEFAULT 'Votre demande a bien été envoyée. Vous recevrez une réponse par courriel.',
  	\`version_payment_enabled\` integer DEFAULT false,
  	\`version_payment_objet\` text,
  	\`version_payment_fixed_amount\` numeric,
  	\`version_payment_fixed_label\` text,
  	\`version_emails_service_email\` text,
  	\`version_emails_citizen_subject\` text DEFAULT 'Votre demande {{reference}} a bien été reçue',
  	\`version_emails_citizen_body\` text DEFAULT 'Bonjour,
  
  Nous avons bien reçu votre demande « {{formulaire}} ».',
  	\`version_availability_opens_at\` text,
  	\`version_availability_closes_at\` text,
  	\`version_availability_max_submissions\` numeric,
  	\`version_response_delay_days\` numeric DEFAULT 60,
  	\`version_directory\` text,
  	\`version_retention_months\` numeric DEFAULT 24,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__forms_v\`("id", "parent_id", "version_title", "version_slug", "version_organisation_id", "version_intro", "version_confirmation_text", "version_payment_enabled", "version_payment_objet", "version_payment_fixed_amount", "version_payment_fixed_label", "version_emails_service_email", "version_emails_citizen_subject", "version_emails_citizen_body", "version_availability_opens_at", "version_availability_closes_at", "version_availability_max_submissions", "version_response_delay_days", "version_directory", "version_retention_months", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_organisation_id", "version_intro", "version_confirmation_text", "version_payment_enabled", "version_payment_objet", "version_payment_fixed_amount", "version_payment_fixed_label", "version_emails_service_email", "version_emails_citizen_subject", "version_emails_citizen_body", "version_availability_opens_at", "version_availability_closes_at", "version_availability_max_submissions", "version_response_delay_days", "version_directory", "version_retention_months", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_forms_v\`;`)
  await db.run(sql`DROP TABLE \`_forms_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__forms_v\` RENAME TO \`_forms_v\`;`)
  await db.run(sql`CREATE INDEX \`_forms_v_parent_idx\` ON \`_forms_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_slug_idx\` ON \`_forms_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_organisation_idx\` ON \`_forms_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_updated_at_idx\` ON \`_forms_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_created_at_idx\` ON \`_forms_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version__status_idx\` ON \`_forms_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_created_at_idx\` ON \`_forms_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_updated_at_idx\` ON \`_forms_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_latest_idx\` ON \`_forms_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`submissions_history\` DROP COLUMN \`email_body\`;`)
  await db.run(sql`ALTER TABLE \`submissions_history\` DROP COLUMN \`pieces\`;`)
  await db.run(sql`ALTER TABLE \`submissions_history\` DROP COLUMN \`pieces_due_at\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`status_email_body\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`requested_pieces\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`pieces_due_by\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`silence_rule\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`response_delay_value\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`response_delay_unit\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`complete_by_name\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`appeals_court_name\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`appeals_court_address\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`appeals_online_appeal\`;`)
}
