// Prepares .env (with a generated PAYLOAD_SECRET) and loads it without overriding the environment.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import nextEnv from '@next/env'

export const projectRoot = path.resolve(import.meta.dirname, '../..')

export function ensureEnvFile(root = projectRoot) {
  const envPath = path.join(root, '.env')
  if (!fs.existsSync(envPath)) {
    fs.copyFileSync(path.join(root, '.env.example'), envPath)
    console.log('Fichier .env créé à partir de .env.example.')
  }
  // It holds the secret that signs sessions (and maybe SMTP and admin passwords): owner only, always.
  if ((fs.statSync(envPath).mode & 0o077) !== 0) fs.chmodSync(envPath, 0o600)
  const content = fs.readFileSync(envPath, 'utf8')
  if (!/^PAYLOAD_SECRET=\S+/m.test(content) && !process.env.PAYLOAD_SECRET) {
    const secret = crypto.randomBytes(32).toString('hex')
    const updated = /^PAYLOAD_SECRET=.*$/m.test(content)
      ? content.replace(/^PAYLOAD_SECRET=.*$/m, `PAYLOAD_SECRET=${secret}`)
      : `${content.trimEnd()}\nPAYLOAD_SECRET=${secret}\n`
    fs.writeFileSync(envPath, updated, { mode: 0o600 })
    console.log('PAYLOAD_SECRET généré dans .env.')
  }
  nextEnv.loadEnvConfig(root, false, { info: () => {}, error: console.error }, true)
}

/** Loads .env when there is one, creating nothing (commands that only read the configuration). */
export function loadEnvFile(root = projectRoot) {
  nextEnv.loadEnvConfig(root, false, { info: () => {}, error: console.error }, true)
}
