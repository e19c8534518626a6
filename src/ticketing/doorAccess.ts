import type { Payload } from 'payload'

import type { User } from '../payload-types'

/** Who may let people in at /controle: administrators and staff given the "billetterie" permission. */
export const mayCheckIn = (user: Pick<User, 'role' | 'permissions'> | null | undefined): boolean =>
  Boolean(user && (user.role === 'admin' || (user.permissions ?? []).includes('billetterie')))

/** The signed-in member of staff behind a request (the admin's cookie), or null. */
export async function staffOf(payload: Payload, headers: Headers): Promise<User | null> {
  const { user } = await payload.auth({ headers })
  return user && (user as { collection?: string }).collection === 'users' ? (user as User) : null
}
