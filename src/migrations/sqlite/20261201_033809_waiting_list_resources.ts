import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Edited after generation: drizzle's copy named the new columns in its SELECT from the old table
// (they do not exist there); only the old columns are copied, the new ones start empty.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_waiting_list\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text NOT NULL,
  	\`event_id\` integer,
  	\`resource_id\` integer,
  	\`organisation_id\` integer NOT NULL,
  	\`event_title\` text,
  	\`resource_name\` text,
  	\`session\` text,
  	\`slot_start\` text,
  	\`slot_end\` text,
  	\`days\` numeric,
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
  	FOREIGN KEY (\`resource_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_waiting_list\`("id", "reference", "event_id", "organisation_id", "event_title", "session", "session_starts_at", "places", "name", "email", "state", "offered_at", "offer_expires_at", "offer_token_hash", "updated_at", "created_at") SELECT "id", "reference", "event_id", "organisation_id", "event_title", "session", "session_starts_at", "places", "name", "email", "state", "offered_at", "offer_expires_at", "offer_token_hash", "updated_at", "created_at" FROM \`waiting_list\`;`)
  await db.run(sql`DROP TABLE \`waiting_list\`;`)
  await db.run(sql`ALTER TABLE \`__new_waiting_list\` RENAME TO \`waiting_list\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`waiting_list_reference_idx\` ON \`waiting_list\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_event_idx\` ON \`waiting_list\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_resource_idx\` ON \`waiting_list\` (\`resource_id\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_organisation_idx\` ON \`waiting_list\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_state_idx\` ON \`waiting_list\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_offer_token_hash_idx\` ON \`waiting_list\` (\`offer_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_updated_at_idx\` ON \`waiting_list\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_created_at_idx\` ON \`waiting_list\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`event_session_state_idx\` ON \`waiting_list\` (\`event_id\`,\`session\`,\`state\`);`)
  await db.run(sql`CREATE INDEX \`resource_slotStart_state_idx\` ON \`waiting_list\` (\`resource_id\`,\`slot_start\`,\`state\`);`)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`waiting_offer_hours\` numeric DEFAULT 48;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Entries of a resource have no show: the older schema cannot hold them.
  await db.run(sql`DELETE FROM \`waiting_list\` WHERE \`event_id\` IS NULL;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_waiting_list\` (
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
  await db.run(sql`INSERT INTO \`__new_waiting_list\`("id", "reference", "event_id", "organisation_id", "event_title", "session", "session_starts_at", "places", "name", "email", "state", "offered_at", "offer_expires_at", "offer_token_hash", "updated_at", "created_at") SELECT "id", "reference", "event_id", "organisation_id", "event_title", "session", "session_starts_at", "places", "name", "email", "state", "offered_at", "offer_expires_at", "offer_token_hash", "updated_at", "created_at" FROM \`waiting_list\`;`)
  await db.run(sql`DROP TABLE \`waiting_list\`;`)
  await db.run(sql`ALTER TABLE \`__new_waiting_list\` RENAME TO \`waiting_list\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`waiting_list_reference_idx\` ON \`waiting_list\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_event_idx\` ON \`waiting_list\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_organisation_idx\` ON \`waiting_list\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_state_idx\` ON \`waiting_list\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_offer_token_hash_idx\` ON \`waiting_list\` (\`offer_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_updated_at_idx\` ON \`waiting_list\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`waiting_list_created_at_idx\` ON \`waiting_list\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`event_session_state_idx\` ON \`waiting_list\` (\`event_id\`,\`session\`,\`state\`);`)
  await db.run(sql`ALTER TABLE \`resources\` DROP COLUMN \`waiting_offer_hours\`;`)
}
