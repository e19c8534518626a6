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
