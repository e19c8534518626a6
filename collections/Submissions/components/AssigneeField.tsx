import type { FieldServerComponent } from 'payload'

import { AssigneeSelect } from './AssigneeSelect'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number | string }).id : value) as number | string | undefined

/** The agents of the request's organisation (names only), offered by AssigneeSelect. */
export const AssigneeField: FieldServerComponent = async ({ field, data, path, req }) => {
  const organisation = idOf(data?.organisation)
  const { docs } = organisation
    ? await req.payload.find({
        collection: 'users',
        where: { role: { equals: 'agent' }, organisation: { equals: organisation } },
        select: { name: true },
        sort: 'name',
        limit: 200,
        depth: 0,
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const label = 'label' in field && typeof field.label === 'string' ? field.label : 'Agent chargé'
  return <AssigneeSelect path={typeof path === 'string' && path ? path : 'assignee'} label={label} agents={docs.map((u) => ({ id: u.id, name: String(u.name ?? '') }))} />
}
