import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`association_id\` integer REFERENCES associations(id);`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`resident_declared\` integer;`)
  await db.run(sql`CREATE INDEX \`bookings_association_idx\` ON \`bookings\` (\`association_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
}
