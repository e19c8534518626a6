import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`service_public_fiche_code\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_service_public_fiche_code\` text;`)
  // The imported fiche's code (`servicePublic.ficheCode`) was the procedure's code column until now
  // (`servicePublic.code` → service_public_code, kept equal to `servicePublicCode` by the review
  // hook): every procedure and version holding an imported fiche gets that code as the fiche's own.
  await db.run(sql`UPDATE \`procedures\` SET \`service_public_fiche_code\` = \`service_public_code\` WHERE \`service_public_imported_at\` IS NOT NULL;`)
  await db.run(
    sql`UPDATE \`_procedures_v\` SET \`version_service_public_fiche_code\` = \`version_service_public_code\` WHERE \`version_service_public_imported_at\` IS NOT NULL;`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Nothing to copy back: service_public_code still holds the procedure's code, which the old
  // schema read as the fiche's code too (the hook never stores a fiche of another code). Copying
  // the fiche's code into it would overwrite what staff typed.
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`service_public_fiche_code\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_service_public_fiche_code\`;`)
}
