import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`forms_blocks_file\` ADD \`model_id\` integer REFERENCES documents(id);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_file_model_idx\` ON \`forms_blocks_file\` (\`model_id\`);`)
  await db.run(sql`ALTER TABLE \`_forms_v_blocks_file\` ADD \`model_id\` integer REFERENCES documents(id);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_file_model_idx\` ON \`_forms_v_blocks_file\` (\`model_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_forms_blocks_file\` (
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
  await db.run(sql`INSERT INTO \`__new_forms_blocks_file\`("_order", "_parent_id", "_path", "id", "label", "name", "hint", "required", "width", "condition_enabled", "condition_match", "max_size_mb", "max_files", "block_name") SELECT "_order", "_parent_id", "_path", "id", "label", "name", "hint", "required", "width", "condition_enabled", "condition_match", "max_size_mb", "max_files", "block_name" FROM \`forms_blocks_file\`;`)
  await db.run(sql`DROP TABLE \`forms_blocks_file\`;`)
  await db.run(sql`ALTER TABLE \`__new_forms_blocks_file\` RENAME TO \`forms_blocks_file\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`forms_blocks_file_order_idx\` ON \`forms_blocks_file\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_file_parent_id_idx\` ON \`forms_blocks_file\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_blocks_file_path_idx\` ON \`forms_blocks_file\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`__new__forms_v_blocks_file\` (
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
  await db.run(sql`INSERT INTO \`__new__forms_v_blocks_file\`("_order", "_parent_id", "_path", "id", "label", "name", "hint", "required", "width", "condition_enabled", "condition_match", "max_size_mb", "max_files", "_uuid", "block_name") SELECT "_order", "_parent_id", "_path", "id", "label", "name", "hint", "required", "width", "condition_enabled", "condition_match", "max_size_mb", "max_files", "_uuid", "block_name" FROM \`_forms_v_blocks_file\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_blocks_file\`;`)
  await db.run(sql`ALTER TABLE \`__new__forms_v_blocks_file\` RENAME TO \`_forms_v_blocks_file\`;`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_file_order_idx\` ON \`_forms_v_blocks_file\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_file_parent_id_idx\` ON \`_forms_v_blocks_file\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_blocks_file_path_idx\` ON \`_forms_v_blocks_file\` (\`_path\`);`)
}
