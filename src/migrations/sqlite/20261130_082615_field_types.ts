import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`forms_blocks_yesno_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_yesno\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_yesno_condition_rules_order_idx\` ON \`forms_blocks_yesno_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_yesno_condition_rules_parent_id_idx\` ON \`forms_blocks_yesno_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_yesno\` (
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
  await db.run(sql`CREATE INDEX \`forms_blocks_yesno_order_idx\` ON \`forms_blocks_yesno\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_yesno_parent_id_idx\` ON \`forms_blocks_yesno\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_yesno_path_idx\` ON \`forms_blocks_yesno\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_time_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_time\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_time_condition_rules_order_idx\` ON \`forms_blocks_time_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_time_condition_rules_parent_id_idx\` ON \`forms_blocks_time_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_time\` (
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
  	\`earliest\` text,
  	\`latest\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_time_order_idx\` ON \`forms_blocks_time\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_time_parent_id_idx\` ON \`forms_blocks_time\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_time_path_idx\` ON \`forms_blocks_time\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_formatted_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_formatted\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_formatted_condition_rules_order_idx\` ON \`forms_blocks_formatted_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_formatted_condition_rules_parent_id_idx\` ON \`forms_blocks_formatted_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_formatted\` (
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
  	\`mask\` text,
  	\`format_message\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_formatted_order_idx\` ON \`forms_blocks_formatted\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_formatted_parent_id_idx\` ON \`forms_blocks_formatted\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_formatted_path_idx\` ON \`forms_blocks_formatted\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_rna_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_rna\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_rna_condition_rules_order_idx\` ON \`forms_blocks_rna_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_rna_condition_rules_parent_id_idx\` ON \`forms_blocks_rna_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_rna\` (
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
  await db.run(sql`CREATE INDEX \`forms_blocks_rna_order_idx\` ON \`forms_blocks_rna\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_rna_parent_id_idx\` ON \`forms_blocks_rna\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_rna_path_idx\` ON \`forms_blocks_rna\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_honour_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_honour\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_honour_condition_rules_order_idx\` ON \`forms_blocks_honour_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_honour_condition_rules_parent_id_idx\` ON \`forms_blocks_honour_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_honour\` (
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
  	\`statement\` text DEFAULT 'Je certifie sur l’honneur l’exactitude des informations fournies.',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_honour_order_idx\` ON \`forms_blocks_honour\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_honour_parent_id_idx\` ON \`forms_blocks_honour\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_honour_path_idx\` ON \`forms_blocks_honour\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_country_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_country\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_country_condition_rules_order_idx\` ON \`forms_blocks_country_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_country_condition_rules_parent_id_idx\` ON \`forms_blocks_country_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_country\` (
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
  await db.run(sql`CREATE INDEX \`forms_blocks_country_order_idx\` ON \`forms_blocks_country\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_country_parent_id_idx\` ON \`forms_blocks_country\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_country_path_idx\` ON \`forms_blocks_country\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_departement_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_departement\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_departement_condition_rules_order_idx\` ON \`forms_blocks_departement_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_departement_condition_rules_parent_id_idx\` ON \`forms_blocks_departement_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_departement\` (
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
  await db.run(sql`CREATE INDEX \`forms_blocks_departement_order_idx\` ON \`forms_blocks_departement\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_departement_parent_id_idx\` ON \`forms_blocks_departement\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_departement_path_idx\` ON \`forms_blocks_departement\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_linked_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_linked\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_linked_condition_rules_order_idx\` ON \`forms_blocks_linked_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_linked_condition_rules_parent_id_idx\` ON \`forms_blocks_linked_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_linked_choices\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`sub_choices\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_linked\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_linked_choices_order_idx\` ON \`forms_blocks_linked_choices\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_linked_choices_parent_id_idx\` ON \`forms_blocks_linked_choices\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_linked\` (
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
  	\`first_label\` text,
  	\`second_label\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_linked_order_idx\` ON \`forms_blocks_linked\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_linked_parent_id_idx\` ON \`forms_blocks_linked\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_linked_path_idx\` ON \`forms_blocks_linked\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_yesno_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_yesno\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_yesno_condition_rules_order_idx\` ON \`_forms_v_blocks_yesno_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_yesno_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_yesno_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_yesno\` (
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
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_yesno_order_idx\` ON \`_forms_v_blocks_yesno\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_yesno_parent_id_idx\` ON \`_forms_v_blocks_yesno\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_yesno_path_idx\` ON \`_forms_v_blocks_yesno\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_time_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_time\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_time_condition_rules_order_idx\` ON \`_forms_v_blocks_time_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_time_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_time_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_time\` (
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
  	\`earliest\` text,
  	\`latest\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_time_order_idx\` ON \`_forms_v_blocks_time\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_time_parent_id_idx\` ON \`_forms_v_blocks_time\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_time_path_idx\` ON \`_forms_v_blocks_time\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_formatted_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_formatted\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_formatted_condition_rules_order_idx\` ON \`_forms_v_blocks_formatted_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_formatted_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_formatted_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_formatted\` (
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
  	\`mask\` text,
  	\`format_message\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_formatted_order_idx\` ON \`_forms_v_blocks_formatted\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_formatted_parent_id_idx\` ON \`_forms_v_blocks_formatted\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_formatted_path_idx\` ON \`_forms_v_blocks_formatted\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_rna_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_rna\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_rna_condition_rules_order_idx\` ON \`_forms_v_blocks_rna_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_rna_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_rna_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_rna\` (
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
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_rna_order_idx\` ON \`_forms_v_blocks_rna\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_rna_parent_id_idx\` ON \`_forms_v_blocks_rna\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_rna_path_idx\` ON \`_forms_v_blocks_rna\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_honour_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_honour\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_honour_condition_rules_order_idx\` ON \`_forms_v_blocks_honour_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_honour_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_honour_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_honour\` (
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
  	\`statement\` text DEFAULT 'Je certifie sur l’honneur l’exactitude des informations fournies.',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_honour_order_idx\` ON \`_forms_v_blocks_honour\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_honour_parent_id_idx\` ON \`_forms_v_blocks_honour\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_honour_path_idx\` ON \`_forms_v_blocks_honour\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_country_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_country\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_country_condition_rules_order_idx\` ON \`_forms_v_blocks_country_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_country_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_country_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_country\` (
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
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_country_order_idx\` ON \`_forms_v_blocks_country\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_country_parent_id_idx\` ON \`_forms_v_blocks_country\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_country_path_idx\` ON \`_forms_v_blocks_country\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_departement_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_departement\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_departement_condition_rules_order_idx\` ON \`_forms_v_blocks_departement_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_departement_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_departement_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_departement\` (
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
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_departement_order_idx\` ON \`_forms_v_blocks_departement\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_departement_parent_id_idx\` ON \`_forms_v_blocks_departement\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_departement_path_idx\` ON \`_forms_v_blocks_departement\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_linked_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_linked\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_linked_condition_rules_order_idx\` ON \`_forms_v_blocks_linked_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_linked_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_linked_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_linked_choices\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`sub_choices\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_linked\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_linked_choices_order_idx\` ON \`_forms_v_blocks_linked_choices\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_linked_choices_parent_id_idx\` ON \`_forms_v_blocks_linked_choices\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_linked\` (
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
  	\`first_label\` text,
  	\`second_label\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_linked_order_idx\` ON \`_forms_v_blocks_linked\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_linked_parent_id_idx\` ON \`_forms_v_blocks_linked\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_linked_path_idx\` ON \`_forms_v_blocks_linked\` (\`_path\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`forms_blocks_yesno_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_yesno\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_time_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_time\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_formatted_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_formatted\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_rna_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_rna\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_honour_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_honour\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_country_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_country\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_departement_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_departement\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_linked_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_linked_choices\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_linked\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_yesno_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_yesno\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_time_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_time\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_formatted_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_formatted\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_rna_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_rna\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_honour_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_honour\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_country_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_country\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_departement_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_departement\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_linked_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_linked_choices\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_linked\`;`)
}
