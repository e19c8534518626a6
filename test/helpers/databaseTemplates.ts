/**
 * Databases prepared once per jest run and copied by each integration suite (decision 0030):
 * on SQLite an empty database with the schema pushed and one holding the demo town; on MongoDB
 * the demo town in a database of its own. The global set-ups start the preparation in the
 * background and return at once, so suites that need no template run meanwhile; bootPayload
 * waits for the template it copies (waitForTemplate).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { throwAwayDatabase } from './testDatabase'

/** The SQLite file (and uploads) holding the demo town. */
export const DEMO_TEMPLATE_ENV = 'INT_DEMO_DATABASE_DIR'
/** An empty SQLite database with the schema already pushed. */
export const SCHEMA_TEMPLATE_ENV = 'INT_SCHEMA_DATABASE_DIR'
/** The MongoDB demo town: a folder with its uploads and the name of its database. */
export const MONGODB_DEMO_TEMPLATE_ENV = 'INT_MONGODB_DEMO_DIR'

const TEMPLATE_DATABASE_FILE = 'database-name.txt'
/** Written beside a template folder when its preparation ended: "ok", or why it failed. */
const statusFile = (templateDir: string) => `${templateDir}.status`

export interface TemplatePreparation {
  /** Ends the preparation if it still runs and removes the templates. */
  cleanup: () => void
}

/**
 * `payload run test/helpers/prepareDemoDatabase.ts` in the background, on its own database and
 * uploads folder; when it ends, each of `templateDirs` gets its status file.
 */
function startPreparing(databaseUrl: string, uploadsDir: string, templateDirs: string[], schemaOnlyDir?: string) {
  const child = spawn(path.resolve('node_modules/.bin/payload'), ['run', 'test/helpers/prepareDemoDatabase.ts', ...(schemaOnlyDir ? [schemaOnlyDir] : [])], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_PUSH: 'true', // schema pushed, as in every suite (whatever a developer's .env says)
      DATABASE_URL: databaseUrl,
      UPLOADS_DIR: uploadsDir,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'test-secret-not-for-production-0123456789',
      NODE_OPTIONS: '--no-deprecation --conditions=production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const report = (status: string) => templateDirs.forEach((dir) => fs.writeFileSync(statusFile(dir), status))
  child.once('error', (error) => report(`preparing the test databases failed: ${error.message}`))
  child.once('exit', (code) => report(code === 0 ? 'ok' : `preparing the test databases failed (${code}):\n${output}`))
  return () => {
    if (child.exitCode === null) child.kill('SIGKILL')
  }
}

/** Starts preparing the two SQLite templates; their folders are known at once. */
export function startSqliteTemplates(): { schemaDir: string; demoDir: string } & TemplatePreparation {
  const demo = throwAwayDatabase(null)
  const schema = throwAwayDatabase(null)
  const stop = startPreparing(demo.url, path.join(demo.dir, 'uploads'), [demo.dir, schema.dir], schema.dir)
  const cleanup = () => {
    stop()
    for (const db of [demo, schema]) {
      db.cleanup()
      fs.rmSync(statusFile(db.dir), { force: true })
    }
  }
  return { schemaDir: schema.dir, demoDir: demo.dir, cleanup }
}

/** Starts seeding the demo town in a database of its own on the MongoDB server `mongoUrl`. */
export function startMongoTemplate(mongoUrl: string): { demoDir: string } & TemplatePreparation {
  const demo = throwAwayDatabase(mongoUrl)
  fs.writeFileSync(path.join(demo.dir, TEMPLATE_DATABASE_FILE), new URL(demo.url).pathname.slice(1))
  const stop = startPreparing(demo.url, path.join(demo.dir, 'uploads'), [demo.dir])
  return {
    demoDir: demo.dir,
    cleanup: () => {
      stop()
      demo.cleanup()
      fs.rmSync(statusFile(demo.dir), { force: true })
    },
  }
}

/** Resolves once the template in `templateDir` is prepared; throws the preparation's error. */
export async function waitForTemplate(templateDir: string, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (fs.existsSync(statusFile(templateDir))) {
      const status = fs.readFileSync(statusFile(templateDir), 'utf8')
      if (status === 'ok') return
      throw new Error(status)
    }
    if (Date.now() > deadline) throw new Error(`the test database template ${templateDir} was not ready in ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

type MongoCollection = {
  collectionName: string
  deleteMany: (filter: object) => Promise<unknown>
  insertMany: (docs: object[]) => Promise<unknown>
}
type MongoConnection = {
  collections: Record<string, MongoCollection>
  client: { db: (name: string) => { collection: (name: string) => { find: (filter: object) => { toArray: () => Promise<object[]> } } } }
}

/** The collections of Payload's MongoDB connection (mongoose models, versions included). */
export const mongoCollections = (payload: Payload): MongoCollection[] =>
  Object.values((payload.db as unknown as { connection: MongoConnection }).connection.collections)

/** Copies every collection of the MongoDB template database into this suite's own (documents keep their ids). */
export async function copyMongoTemplate(payload: Payload, templateDir: string): Promise<void> {
  const { client } = (payload.db as unknown as { connection: MongoConnection }).connection
  const source = client.db(fs.readFileSync(path.join(templateDir, TEMPLATE_DATABASE_FILE), 'utf8').trim())
  for (const collection of mongoCollections(payload)) {
    const docs = await source.collection(collection.collectionName).find({}).toArray()
    await collection.deleteMany({})
    if (docs.length > 0) await collection.insertMany(docs)
  }
}
