import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`silence_rule\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`response_delay_value\` numeric;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`response_delay_unit\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`appeals_court_name\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`appeals_court_address\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`appeals_online_appeal\` text DEFAULT 'www.telerecours.fr';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`silence_rule\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`response_delay_value\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`response_delay_unit\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`appeals_court_name\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`appeals_court_address\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`appeals_online_appeal\`;`)
}
