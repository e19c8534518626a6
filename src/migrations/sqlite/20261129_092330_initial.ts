import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`procedures_sections_required_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`item\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_sections_required_documents_order_idx\` ON \`procedures_sections_required_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_sections_required_documents_parent_id_idx\` ON \`procedures_sections_required_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`domain_id\` integer,
  	\`organisation_id\` integer,
  	\`summary\` text,
  	\`body\` text,
  	\`sections_who_can_apply\` text,
  	\`sections_cost\` text,
  	\`sections_delay\` text,
  	\`sections_where_to_apply\` text,
  	\`form_id\` integer,
  	\`service_public_code\` text,
  	\`online_service_label\` text,
  	\`online_service_url\` text,
  	\`keywords\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`domain_id\`) REFERENCES \`domains\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`form_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_slug_idx\` ON \`procedures\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`procedures_domain_idx\` ON \`procedures\` (\`domain_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_organisation_idx\` ON \`procedures\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_form_idx\` ON \`procedures\` (\`form_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_search_text_idx\` ON \`procedures\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`procedures_updated_at_idx\` ON \`procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_at_idx\` ON \`procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures__status_idx\` ON \`procedures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`procedures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_rels_order_idx\` ON \`procedures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_parent_idx\` ON \`procedures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_path_idx\` ON \`procedures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_documents_id_idx\` ON \`procedures_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_sections_required_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_sections_required_documents_order_idx\` ON \`_procedures_v_version_sections_required_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_sections_required_documents_parent_id_idx\` ON \`_procedures_v_version_sections_required_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_domain_id\` integer,
  	\`version_organisation_id\` integer,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_sections_who_can_apply\` text,
  	\`version_sections_cost\` text,
  	\`version_sections_delay\` text,
  	\`version_sections_where_to_apply\` text,
  	\`version_form_id\` integer,
  	\`version_service_public_code\` text,
  	\`version_online_service_label\` text,
  	\`version_online_service_url\` text,
  	\`version_keywords\` text,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_domain_id\`) REFERENCES \`domains\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_form_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_parent_idx\` ON \`_procedures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_slug_idx\` ON \`_procedures_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_domain_idx\` ON \`_procedures_v\` (\`version_domain_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_organisation_idx\` ON \`_procedures_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_form_idx\` ON \`_procedures_v\` (\`version_form_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_search_text_idx\` ON \`_procedures_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_updated_at_idx\` ON \`_procedures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_created_at_idx\` ON \`_procedures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version__status_idx\` ON \`_procedures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_created_at_idx\` ON \`_procedures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_updated_at_idx\` ON \`_procedures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_latest_idx\` ON \`_procedures_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_order_idx\` ON \`_procedures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_parent_idx\` ON \`_procedures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_path_idx\` ON \`_procedures_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_documents_id_idx\` ON \`_procedures_v_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`domains\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text NOT NULL,
  	\`icon\` text NOT NULL,
  	\`order\` numeric DEFAULT 10 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`domains_slug_idx\` ON \`domains\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`domains_order_idx\` ON \`domains\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`domains_updated_at_idx\` ON \`domains\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`domains_created_at_idx\` ON \`domains\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_text_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_text_condition_rules_order_idx\` ON \`forms_blocks_text_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_text_condition_rules_parent_id_idx\` ON \`forms_blocks_text_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`min_length\` numeric,
  	\`max_length\` numeric DEFAULT 200,
  	\`autocomplete\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_text_order_idx\` ON \`forms_blocks_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_text_parent_id_idx\` ON \`forms_blocks_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_text_path_idx\` ON \`forms_blocks_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_textarea_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_textarea\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_textarea_condition_rules_order_idx\` ON \`forms_blocks_textarea_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_textarea_condition_rules_parent_id_idx\` ON \`forms_blocks_textarea_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_textarea\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`max_length\` numeric DEFAULT 2000,
  	\`rows\` numeric DEFAULT 5,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_textarea_order_idx\` ON \`forms_blocks_textarea\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_textarea_parent_id_idx\` ON \`forms_blocks_textarea\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_textarea_path_idx\` ON \`forms_blocks_textarea\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_email_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_email\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_email_condition_rules_order_idx\` ON \`forms_blocks_email_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_email_condition_rules_parent_id_idx\` ON \`forms_blocks_email_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_email\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_email_order_idx\` ON \`forms_blocks_email\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_email_parent_id_idx\` ON \`forms_blocks_email\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_email_path_idx\` ON \`forms_blocks_email\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_telephone_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_telephone\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_telephone_condition_rules_order_idx\` ON \`forms_blocks_telephone_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_telephone_condition_rules_parent_id_idx\` ON \`forms_blocks_telephone_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_telephone\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_telephone_order_idx\` ON \`forms_blocks_telephone\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_telephone_parent_id_idx\` ON \`forms_blocks_telephone\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_telephone_path_idx\` ON \`forms_blocks_telephone\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_number_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_number\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_number_condition_rules_order_idx\` ON \`forms_blocks_number_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_number_condition_rules_parent_id_idx\` ON \`forms_blocks_number_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_number\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`min\` numeric,
  	\`max\` numeric,
  	\`step\` numeric,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_number_order_idx\` ON \`forms_blocks_number\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_number_parent_id_idx\` ON \`forms_blocks_number\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_number_path_idx\` ON \`forms_blocks_number\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_date_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_date\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_date_condition_rules_order_idx\` ON \`forms_blocks_date_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_date_condition_rules_parent_id_idx\` ON \`forms_blocks_date_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_date\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`min\` text,
  	\`max\` text,
  	\`not_in_future\` integer DEFAULT false,
  	\`autocomplete\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_date_order_idx\` ON \`forms_blocks_date\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_date_parent_id_idx\` ON \`forms_blocks_date\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_date_path_idx\` ON \`forms_blocks_date\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_select_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_select\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_select_condition_rules_order_idx\` ON \`forms_blocks_select_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_select_condition_rules_parent_id_idx\` ON \`forms_blocks_select_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_select_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_select\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_select_options_order_idx\` ON \`forms_blocks_select_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_select_options_parent_id_idx\` ON \`forms_blocks_select_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_select\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_select_order_idx\` ON \`forms_blocks_select\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_select_parent_id_idx\` ON \`forms_blocks_select\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_select_path_idx\` ON \`forms_blocks_select\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_radio_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_radio\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_radio_condition_rules_order_idx\` ON \`forms_blocks_radio_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_radio_condition_rules_parent_id_idx\` ON \`forms_blocks_radio_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_radio_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_radio\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_radio_options_order_idx\` ON \`forms_blocks_radio_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_radio_options_parent_id_idx\` ON \`forms_blocks_radio_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_radio\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_radio_order_idx\` ON \`forms_blocks_radio\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_radio_parent_id_idx\` ON \`forms_blocks_radio\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_radio_path_idx\` ON \`forms_blocks_radio\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_checkboxes_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_checkboxes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_checkboxes_condition_rules_order_idx\` ON \`forms_blocks_checkboxes_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_checkboxes_condition_rules_parent_id_idx\` ON \`forms_blocks_checkboxes_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_checkboxes_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_checkboxes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_checkboxes_options_order_idx\` ON \`forms_blocks_checkboxes_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_checkboxes_options_parent_id_idx\` ON \`forms_blocks_checkboxes_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_checkboxes\` (
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
  	\`min_choices\` numeric,
  	\`max_choices\` numeric,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_checkboxes_order_idx\` ON \`forms_blocks_checkboxes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_checkboxes_parent_id_idx\` ON \`forms_blocks_checkboxes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_checkboxes_path_idx\` ON \`forms_blocks_checkboxes\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_checkbox_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_checkbox\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_checkbox_condition_rules_order_idx\` ON \`forms_blocks_checkbox_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_checkbox_condition_rules_parent_id_idx\` ON \`forms_blocks_checkbox_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_checkbox\` (
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
  await db.run(sql`CREATE INDEX \`forms_blocks_checkbox_order_idx\` ON \`forms_blocks_checkbox\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_checkbox_parent_id_idx\` ON \`forms_blocks_checkbox\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_checkbox_path_idx\` ON \`forms_blocks_checkbox\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_identity_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_identity\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_identity_condition_rules_order_idx\` ON \`forms_blocks_identity_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_identity_condition_rules_parent_id_idx\` ON \`forms_blocks_identity_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_identity\` (
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
  await db.run(sql`CREATE INDEX \`forms_blocks_identity_order_idx\` ON \`forms_blocks_identity\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_identity_parent_id_idx\` ON \`forms_blocks_identity\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_identity_path_idx\` ON \`forms_blocks_identity\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_address_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_address\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_address_condition_rules_order_idx\` ON \`forms_blocks_address_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_address_condition_rules_parent_id_idx\` ON \`forms_blocks_address_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_address\` (
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
  await db.run(sql`CREATE INDEX \`forms_blocks_address_order_idx\` ON \`forms_blocks_address\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_address_parent_id_idx\` ON \`forms_blocks_address\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_address_path_idx\` ON \`forms_blocks_address\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_siret_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_siret\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_siret_condition_rules_order_idx\` ON \`forms_blocks_siret_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_siret_condition_rules_parent_id_idx\` ON \`forms_blocks_siret_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_siret\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_siret_order_idx\` ON \`forms_blocks_siret\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_siret_parent_id_idx\` ON \`forms_blocks_siret\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_siret_path_idx\` ON \`forms_blocks_siret\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_iban_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_iban\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_iban_condition_rules_order_idx\` ON \`forms_blocks_iban_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_iban_condition_rules_parent_id_idx\` ON \`forms_blocks_iban_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_iban\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_iban_order_idx\` ON \`forms_blocks_iban\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_iban_parent_id_idx\` ON \`forms_blocks_iban\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_iban_path_idx\` ON \`forms_blocks_iban\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_file_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_file\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_file_condition_rules_order_idx\` ON \`forms_blocks_file_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_file_condition_rules_parent_id_idx\` ON \`forms_blocks_file_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_file_accept\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`forms_blocks_file\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_file_accept_order_idx\` ON \`forms_blocks_file_accept\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_file_accept_parent_idx\` ON \`forms_blocks_file_accept\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_file\` (
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
  	\`max_size_mb\` numeric DEFAULT 10,
  	\`max_files\` numeric DEFAULT 1,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_file_order_idx\` ON \`forms_blocks_file\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_file_parent_id_idx\` ON \`forms_blocks_file\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_file_path_idx\` ON \`forms_blocks_file\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_heading_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_heading\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_heading_condition_rules_order_idx\` ON \`forms_blocks_heading_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_heading_condition_rules_parent_id_idx\` ON \`forms_blocks_heading_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_heading\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`level\` text DEFAULT 'h2',
  	\`text\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_heading_order_idx\` ON \`forms_blocks_heading\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_heading_parent_id_idx\` ON \`forms_blocks_heading\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_heading_path_idx\` ON \`forms_blocks_heading\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_hidden_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_hidden\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_hidden_condition_rules_order_idx\` ON \`forms_blocks_hidden_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_hidden_condition_rules_parent_id_idx\` ON \`forms_blocks_hidden_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_hidden\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`query_param\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_hidden_order_idx\` ON \`forms_blocks_hidden\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_hidden_parent_id_idx\` ON \`forms_blocks_hidden\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_hidden_path_idx\` ON \`forms_blocks_hidden\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_group_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_group\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_group_condition_rules_order_idx\` ON \`forms_blocks_group_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_group_condition_rules_parent_id_idx\` ON \`forms_blocks_group_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_group\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`item_label\` text DEFAULT 'Élément',
  	\`min_items\` numeric DEFAULT 0,
  	\`max_items\` numeric DEFAULT 10,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_group_order_idx\` ON \`forms_blocks_group\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_group_parent_id_idx\` ON \`forms_blocks_group\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_group_path_idx\` ON \`forms_blocks_group\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_steps_order_idx\` ON \`forms_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_steps_parent_id_idx\` ON \`forms_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`organisation_id\` integer,
  	\`intro\` text,
  	\`confirmation_text\` text DEFAULT 'Votre demande a bien été envoyée. Vous recevrez une réponse par courriel.',
  	\`emails_service_email\` text,
  	\`emails_citizen_subject\` text DEFAULT 'Votre demande {{reference}} a bien été reçue',
  	\`emails_citizen_body\` text DEFAULT 'Bonjour,
  
  Nous avons bien reçu votre demande « {{formulaire}} ».',
  	\`availability_opens_at\` text,
  	\`availability_closes_at\` text,
  	\`availability_max_submissions\` numeric,
  	\`response_delay_days\` numeric DEFAULT 60,
  	\`retention_months\` numeric DEFAULT 24,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_slug_idx\` ON \`forms\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`forms_organisation_idx\` ON \`forms\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_updated_at_idx\` ON \`forms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`forms_created_at_idx\` ON \`forms\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`forms__status_idx\` ON \`forms\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_text_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_text_condition_rules_order_idx\` ON \`_forms_v_blocks_text_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_text_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_text_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`min_length\` numeric,
  	\`max_length\` numeric DEFAULT 200,
  	\`autocomplete\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_text_order_idx\` ON \`_forms_v_blocks_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_text_parent_id_idx\` ON \`_forms_v_blocks_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_text_path_idx\` ON \`_forms_v_blocks_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_textarea_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_textarea\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_textarea_condition_rules_order_idx\` ON \`_forms_v_blocks_textarea_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_textarea_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_textarea_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_textarea\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`max_length\` numeric DEFAULT 2000,
  	\`rows\` numeric DEFAULT 5,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_textarea_order_idx\` ON \`_forms_v_blocks_textarea\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_textarea_parent_id_idx\` ON \`_forms_v_blocks_textarea\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_textarea_path_idx\` ON \`_forms_v_blocks_textarea\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_email_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_email\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_email_condition_rules_order_idx\` ON \`_forms_v_blocks_email_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_email_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_email_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_email\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_email_order_idx\` ON \`_forms_v_blocks_email\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_email_parent_id_idx\` ON \`_forms_v_blocks_email\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_email_path_idx\` ON \`_forms_v_blocks_email\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_telephone_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_telephone\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_telephone_condition_rules_order_idx\` ON \`_forms_v_blocks_telephone_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_telephone_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_telephone_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_telephone\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_telephone_order_idx\` ON \`_forms_v_blocks_telephone\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_telephone_parent_id_idx\` ON \`_forms_v_blocks_telephone\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_telephone_path_idx\` ON \`_forms_v_blocks_telephone\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_number_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_number\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_number_condition_rules_order_idx\` ON \`_forms_v_blocks_number_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_number_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_number_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_number\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`min\` numeric,
  	\`max\` numeric,
  	\`step\` numeric,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_number_order_idx\` ON \`_forms_v_blocks_number\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_number_parent_id_idx\` ON \`_forms_v_blocks_number\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_number_path_idx\` ON \`_forms_v_blocks_number\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_date_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_date\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_date_condition_rules_order_idx\` ON \`_forms_v_blocks_date_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_date_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_date_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_date\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`min\` text,
  	\`max\` text,
  	\`not_in_future\` integer DEFAULT false,
  	\`autocomplete\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_date_order_idx\` ON \`_forms_v_blocks_date\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_date_parent_id_idx\` ON \`_forms_v_blocks_date\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_date_path_idx\` ON \`_forms_v_blocks_date\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_select_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_select\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_select_condition_rules_order_idx\` ON \`_forms_v_blocks_select_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_select_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_select_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_select_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_select\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_select_options_order_idx\` ON \`_forms_v_blocks_select_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_select_options_parent_id_idx\` ON \`_forms_v_blocks_select_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_select\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_select_order_idx\` ON \`_forms_v_blocks_select\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_select_parent_id_idx\` ON \`_forms_v_blocks_select\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_select_path_idx\` ON \`_forms_v_blocks_select\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_radio_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_radio\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_radio_condition_rules_order_idx\` ON \`_forms_v_blocks_radio_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_radio_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_radio_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_radio_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_radio\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_radio_options_order_idx\` ON \`_forms_v_blocks_radio_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_radio_options_parent_id_idx\` ON \`_forms_v_blocks_radio_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_radio\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_radio_order_idx\` ON \`_forms_v_blocks_radio\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_radio_parent_id_idx\` ON \`_forms_v_blocks_radio\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_radio_path_idx\` ON \`_forms_v_blocks_radio\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_checkboxes_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_checkboxes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_checkboxes_condition_rules_order_idx\` ON \`_forms_v_blocks_checkboxes_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_checkboxes_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_checkboxes_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_checkboxes_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_checkboxes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_checkboxes_options_order_idx\` ON \`_forms_v_blocks_checkboxes_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_checkboxes_options_parent_id_idx\` ON \`_forms_v_blocks_checkboxes_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_checkboxes\` (
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
  	\`min_choices\` numeric,
  	\`max_choices\` numeric,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_checkboxes_order_idx\` ON \`_forms_v_blocks_checkboxes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_checkboxes_parent_id_idx\` ON \`_forms_v_blocks_checkboxes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_checkboxes_path_idx\` ON \`_forms_v_blocks_checkboxes\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_checkbox_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_checkbox\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_checkbox_condition_rules_order_idx\` ON \`_forms_v_blocks_checkbox_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_checkbox_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_checkbox_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_checkbox\` (
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
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_checkbox_order_idx\` ON \`_forms_v_blocks_checkbox\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_checkbox_parent_id_idx\` ON \`_forms_v_blocks_checkbox\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_checkbox_path_idx\` ON \`_forms_v_blocks_checkbox\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_identity_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_identity\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_identity_condition_rules_order_idx\` ON \`_forms_v_blocks_identity_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_identity_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_identity_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_identity\` (
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
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_identity_order_idx\` ON \`_forms_v_blocks_identity\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_identity_parent_id_idx\` ON \`_forms_v_blocks_identity\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_identity_path_idx\` ON \`_forms_v_blocks_identity\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_address_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_address\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_address_condition_rules_order_idx\` ON \`_forms_v_blocks_address_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_address_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_address_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_address\` (
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
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_address_order_idx\` ON \`_forms_v_blocks_address\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_address_parent_id_idx\` ON \`_forms_v_blocks_address\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_address_path_idx\` ON \`_forms_v_blocks_address\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_siret_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_siret\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_siret_condition_rules_order_idx\` ON \`_forms_v_blocks_siret_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_siret_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_siret_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_siret\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_siret_order_idx\` ON \`_forms_v_blocks_siret\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_siret_parent_id_idx\` ON \`_forms_v_blocks_siret\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_siret_path_idx\` ON \`_forms_v_blocks_siret\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_iban_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_iban\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_iban_condition_rules_order_idx\` ON \`_forms_v_blocks_iban_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_iban_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_iban_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_iban\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`required\` integer DEFAULT false,
  	\`width\` text DEFAULT 'full',
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_iban_order_idx\` ON \`_forms_v_blocks_iban\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_iban_parent_id_idx\` ON \`_forms_v_blocks_iban\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_iban_path_idx\` ON \`_forms_v_blocks_iban\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_file_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_file\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_file_condition_rules_order_idx\` ON \`_forms_v_blocks_file_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_file_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_file_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_file_accept\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_forms_v_blocks_file\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_file_accept_order_idx\` ON \`_forms_v_blocks_file_accept\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_file_accept_parent_idx\` ON \`_forms_v_blocks_file_accept\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_file\` (
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
  	\`max_size_mb\` numeric DEFAULT 10,
  	\`max_files\` numeric DEFAULT 1,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_file_order_idx\` ON \`_forms_v_blocks_file\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_file_parent_id_idx\` ON \`_forms_v_blocks_file\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_file_path_idx\` ON \`_forms_v_blocks_file\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_heading_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_heading\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_heading_condition_rules_order_idx\` ON \`_forms_v_blocks_heading_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_heading_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_heading_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_heading\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`level\` text DEFAULT 'h2',
  	\`text\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_heading_order_idx\` ON \`_forms_v_blocks_heading\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_heading_parent_id_idx\` ON \`_forms_v_blocks_heading\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_heading_path_idx\` ON \`_forms_v_blocks_heading\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_hidden_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_hidden\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_hidden_condition_rules_order_idx\` ON \`_forms_v_blocks_hidden_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_hidden_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_hidden_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_hidden\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`default_value\` text,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`query_param\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_hidden_order_idx\` ON \`_forms_v_blocks_hidden\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_hidden_parent_id_idx\` ON \`_forms_v_blocks_hidden\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_hidden_path_idx\` ON \`_forms_v_blocks_hidden\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_group_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_group\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_group_condition_rules_order_idx\` ON \`_forms_v_blocks_group_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_group_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_group_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_group\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`hint\` text,
  	\`item_label\` text DEFAULT 'Élément',
  	\`min_items\` numeric DEFAULT 0,
  	\`max_items\` numeric DEFAULT 10,
  	\`condition_enabled\` integer DEFAULT false,
  	\`condition_match\` text DEFAULT 'all',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_group_order_idx\` ON \`_forms_v_blocks_group\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_group_parent_id_idx\` ON \`_forms_v_blocks_group\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_group_path_idx\` ON \`_forms_v_blocks_group\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_version_steps_order_idx\` ON \`_forms_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_steps_parent_id_idx\` ON \`_forms_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_organisation_id\` integer,
  	\`version_intro\` text,
  	\`version_confirmation_text\` text DEFAULT 'Votre demande a bien été envoyée. Vous recevrez une réponse par courriel.',
  	\`version_emails_service_email\` text,
  	\`version_emails_citizen_subject\` text DEFAULT 'Votre demande {{reference}} a bien été reçue',
  	\`version_emails_citizen_body\` text DEFAULT 'Bonjour,
  
  Nous avons bien reçu votre demande « {{formulaire}} ».',
  	\`version_availability_opens_at\` text,
  	\`version_availability_closes_at\` text,
  	\`version_availability_max_submissions\` numeric,
  	\`version_response_delay_days\` numeric DEFAULT 60,
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
  await db.run(sql`CREATE INDEX \`_forms_v_parent_idx\` ON \`_forms_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_slug_idx\` ON \`_forms_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_organisation_idx\` ON \`_forms_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_updated_at_idx\` ON \`_forms_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_created_at_idx\` ON \`_forms_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version__status_idx\` ON \`_forms_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_created_at_idx\` ON \`_forms_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_updated_at_idx\` ON \`_forms_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_latest_idx\` ON \`_forms_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`submissions_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`direction\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`text\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`submissions_messages_order_idx\` ON \`submissions_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`submissions_messages_parent_id_idx\` ON \`submissions_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_messages_by_idx\` ON \`submissions_messages\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`submissions_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`text\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`submissions_notes_order_idx\` ON \`submissions_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`submissions_notes_parent_id_idx\` ON \`submissions_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_notes_by_idx\` ON \`submissions_notes\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`submissions_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`submissions_history_order_idx\` ON \`submissions_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`submissions_history_parent_id_idx\` ON \`submissions_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_history_by_idx\` ON \`submissions_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`submissions\` (
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
  await db.run(sql`CREATE TABLE \`submissions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`submission_files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submission_files_id\`) REFERENCES \`submission_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`submissions_rels_order_idx\` ON \`submissions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_parent_idx\` ON \`submissions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_path_idx\` ON \`submissions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_submission_files_id_idx\` ON \`submissions_rels\` (\`submission_files_id\`);`)
  await db.run(sql`CREATE TABLE \`submission_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`field_name\` text,
  	\`original_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`submission_files_organisation_idx\` ON \`submission_files\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`submission_files_updated_at_idx\` ON \`submission_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`submission_files_created_at_idx\` ON \`submission_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`submission_files_filename_idx\` ON \`submission_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`form_sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`token\` text NOT NULL,
  	\`form_id\` integer NOT NULL,
  	\`answers\` text,
  	\`shown\` text,
  	\`errors\` text,
  	\`started_at\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`form_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`form_sessions_token_idx\` ON \`form_sessions\` (\`token\`);`)
  await db.run(sql`CREATE INDEX \`form_sessions_form_idx\` ON \`form_sessions\` (\`form_id\`);`)
  await db.run(sql`CREATE INDEX \`form_sessions_expires_at_idx\` ON \`form_sessions\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`form_sessions_updated_at_idx\` ON \`form_sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`form_sessions_created_at_idx\` ON \`form_sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text,
  	\`domain_id\` integer,
  	\`page_count\` numeric,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`domain_id\`) REFERENCES \`domains\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_slug_idx\` ON \`documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`documents_domain_idx\` ON \`documents\` (\`domain_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_search_text_idx\` ON \`documents\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_filename_idx\` ON \`documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`address\` text,
  	\`opening_hours\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'agent' NOT NULL,
  	\`organisation_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_organisation_idx\` ON \`users\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`request_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`form_title\` text NOT NULL,
  	\`month\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`count\` numeric NOT NULL,
  	\`median_days\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`request_stats_organisation_idx\` ON \`request_stats\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`request_stats_month_idx\` ON \`request_stats\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`request_stats_updated_at_idx\` ON \`request_stats\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`request_stats_created_at_idx\` ON \`request_stats\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`details\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_navigation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`href\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_navigation_order_idx\` ON \`site_navigation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_navigation_parent_id_idx\` ON \`site_navigation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`town_name\` text DEFAULT 'Ma commune' NOT NULL,
  	\`address\` text,
  	\`phone\` text,
  	\`opening_hours\` text,
  	\`contact_email\` text,
  	\`hero_title\` text DEFAULT 'Vos démarches en ligne' NOT NULL,
  	\`hero_text\` text,
  	\`alert_enabled\` integer DEFAULT false,
  	\`alert_level\` text DEFAULT 'info',
  	\`alert_text\` text,
  	\`alert_href\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`site_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`procedures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`site\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_rels_order_idx\` ON \`site_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`site_rels_parent_idx\` ON \`site_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_rels_path_idx\` ON \`site_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`site_rels_procedures_id_idx\` ON \`site_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE TABLE \`charter_social_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`network\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`charter\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`charter_social_links_order_idx\` ON \`charter_social_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`charter_social_links_parent_id_idx\` ON \`charter_social_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`charter\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`logo_id\` integer,
  	\`favicon_id\` integer,
  	\`primary_color\` text DEFAULT '#1f4e8c' NOT NULL,
  	\`secondary_color\` text DEFAULT '#2f5d3a' NOT NULL,
  	\`accent_color\` text DEFAULT '#a4262c' NOT NULL,
  	\`font\` text DEFAULT 'atkinson-hyperlegible' NOT NULL,
  	\`footer_text\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`favicon_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`charter_logo_idx\` ON \`charter\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`charter_favicon_idx\` ON \`charter\` (\`favicon_id\`);`)
  await db.run(sql`CREATE TABLE \`status_emails\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`en_cours_enabled\` integer DEFAULT true,
  	\`en_cours_subject\` text DEFAULT 'Votre demande {{reference}} : {{statut}}',
  	\`en_cours_body\` text DEFAULT 'Bonjour,
  
  Votre demande « {{formulaire}} » ({{reference}}) est maintenant : {{statut}}.
  {{commentaire}}
  
  Suivre votre demande : {{lien}}',
  	\`attente_usager_enabled\` integer DEFAULT true,
  	\`attente_usager_subject\` text DEFAULT 'Votre demande {{reference}} : {{statut}}',
  	\`attente_usager_body\` text DEFAULT 'Bonjour,
  
  Votre demande « {{formulaire}} » ({{reference}}) est maintenant : {{statut}}.
  {{commentaire}}
  
  Suivre votre demande : {{lien}}',
  	\`terminee_enabled\` integer DEFAULT true,
  	\`terminee_subject\` text DEFAULT 'Votre demande {{reference}} : {{statut}}',
  	\`terminee_body\` text DEFAULT 'Bonjour,
  
  Votre demande « {{formulaire}} » ({{reference}}) est maintenant : {{statut}}.
  {{commentaire}}
  
  Suivre votre demande : {{lien}}',
  	\`refusee_enabled\` integer DEFAULT true,
  	\`refusee_subject\` text DEFAULT 'Votre demande {{reference}} : {{statut}}',
  	\`refusee_body\` text DEFAULT 'Bonjour,
  
  Votre demande « {{formulaire}} » ({{reference}}) est maintenant : {{statut}}.
  {{commentaire}}
  
  Suivre votre demande : {{lien}}',
  	\`classee_enabled\` integer DEFAULT true,
  	\`classee_subject\` text DEFAULT 'Votre demande {{reference}} : {{statut}}',
  	\`classee_body\` text DEFAULT 'Bonjour,
  
  Votre demande « {{formulaire}} » ({{reference}}) est maintenant : {{statut}}.
  {{commentaire}}
  
  Suivre votre demande : {{lien}}',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`procedures_sections_required_documents\`;`)
  await db.run(sql`DROP TABLE \`procedures\`;`)
  await db.run(sql`DROP TABLE \`procedures_rels\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_sections_required_documents\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`domains\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_text_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_text\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_textarea_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_textarea\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_email_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_email\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_telephone_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_telephone\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_number_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_number\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_date_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_date\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_select_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_select_options\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_select\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_radio_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_radio_options\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_radio\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_checkboxes_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_checkboxes_options\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_checkboxes\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_checkbox_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_checkbox\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_identity_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_identity\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_address_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_address\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_siret_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_siret\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_iban_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_iban\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_file_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_file_accept\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_file\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_heading_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_heading\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_hidden_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_hidden\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_group_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_group\`;`)
  await db.run(sql`DROP TABLE \`forms_steps\`;`)
  await db.run(sql`DROP TABLE \`forms\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_text_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_text\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_textarea_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_textarea\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_email_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_email\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_telephone_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_telephone\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_number_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_number\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_date_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_date\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_select_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_select_options\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_select\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_radio_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_radio_options\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_radio\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_checkboxes_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_checkboxes_options\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_checkboxes\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_checkbox_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_checkbox\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_identity_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_identity\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_address_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_address\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_siret_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_siret\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_iban_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_iban\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_file_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_file_accept\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_file\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_heading_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_heading\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_hidden_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_hidden\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_group_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_group\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_forms_v\`;`)
  await db.run(sql`DROP TABLE \`submissions_messages\`;`)
  await db.run(sql`DROP TABLE \`submissions_notes\`;`)
  await db.run(sql`DROP TABLE \`submissions_history\`;`)
  await db.run(sql`DROP TABLE \`submissions\`;`)
  await db.run(sql`DROP TABLE \`submissions_rels\`;`)
  await db.run(sql`DROP TABLE \`submission_files\`;`)
  await db.run(sql`DROP TABLE \`form_sessions\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`request_stats\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_navigation\`;`)
  await db.run(sql`DROP TABLE \`site\`;`)
  await db.run(sql`DROP TABLE \`site_rels\`;`)
  await db.run(sql`DROP TABLE \`charter_social_links\`;`)
  await db.run(sql`DROP TABLE \`charter\`;`)
  await db.run(sql`DROP TABLE \`status_emails\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
