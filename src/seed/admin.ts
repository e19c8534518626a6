import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { publicUrl } from '../lib/publicUrl'

export interface AdminAccount {
  email: string
  /** Only set when the password was generated now: it is shown once and never stored in clear. */
  generatedPassword: string | null
}

/** A 20-character password from an unambiguous alphabet (~115 bits). */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  return Array.from({ length: 20 }, () => alphabet[crypto.randomInt(alphabet.length)]).join('')
}

/** Creates the first administrator when the database has no user at all; otherwise does nothing. */
export async function ensureAdmin(payload: Payload, env: Record<string, string | undefined> = process.env): Promise<AdminAccount | null> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return null
  const email = env.ADMIN_EMAIL?.trim() || 'admin@example.fr'
  const password = env.ADMIN_PASSWORD?.trim() || generatePassword()
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Administrateur', role: 'admin' },
    overrideAccess: true,
  })
  return { email, generatedPassword: env.ADMIN_PASSWORD?.trim() ? null : password }
}

/**
 * A one-time link to choose the password of an account (Payload's reset token, valid one hour,
 * no e-mail sent): how production gets its first administrator without a password in the logs.
 */
export async function setupLink(payload: Payload, email: string, env: Record<string, string | undefined> = process.env): Promise<string> {
  const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true, overrideAccess: true })
  return `${publicUrl(env)}/admin/reset/${token}`
}
