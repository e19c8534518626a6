import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`forms_blocks_commune_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms_blocks_commune\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_blocks_commune_condition_rules_order_idx\` ON \`forms_blocks_commune_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_commune_condition_rules_parent_id_idx\` ON \`forms_blocks_commune_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_blocks_commune\` (
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
  await db.run(sql`CREATE INDEX \`forms_blocks_commune_order_idx\` ON \`forms_blocks_commune\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_commune_parent_id_idx\` ON \`forms_blocks_commune\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_commune_path_idx\` ON \`forms_blocks_commune\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_commune_condition_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`operator\` text DEFAULT 'equals',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v_blocks_commune\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_commune_condition_rules_order_idx\` ON \`_forms_v_blocks_commune_condition_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_commune_condition_rules_parent_id_idx\` ON \`_forms_v_blocks_commune_condition_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_blocks_commune\` (
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
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_commune_order_idx\` ON \`_forms_v_blocks_commune\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_commune_parent_id_idx\` ON \`_forms_v_blocks_commune\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_commune_path_idx\` ON \`_forms_v_blocks_commune\` (\`_path\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`forms_blocks_commune_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_commune\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_commune_condition_rules\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_commune\`;`)
}
