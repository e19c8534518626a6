import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'

export const PASSWORD = 'Motdepasse-de-test-2026'

export type RoleName = 'admin' | 'communication' | 'agent'

/** One user per role (the agent in the given organisation); returns them with their ids. */
export async function createRoleUsers(payload: Payload, organisationId: number | string): Promise<Record<RoleName, User>> {
  const make = (role: RoleName) =>
    payload.create({
      collection: 'users',
      data: {
        email: `${role}@test.kerlann.fr`,
        password: PASSWORD,
        name: `Test ${role}`,
        role,
        organisation: role === 'agent' ? (organisationId as number) : undefined,
      },
      overrideAccess: true,
    }) as Promise<User>
  const admin = await make('admin')
  return { admin, communication: await make('communication'), agent: await make('agent') }
}

/** An agent of another organisation: the one who must see nothing of the first one's requests. */
export function createAgent(payload: Payload, email: string, organisationId: number | string): Promise<User> {
  return payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name: email.split('@')[0], role: 'agent', organisation: organisationId as number },
    overrideAccess: true,
  }) as Promise<User>
}
