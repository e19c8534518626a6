import type { ResourceRules } from './resourceRules'

/** The pools of a resource read together (its availability table). */
export const resourceScope = (resourceId: number | string): string => `resources:${resourceId}`

/** One pool per unit of a resource (a day or a slot), of as many places as its stock. */
export const resourcePool = (resourceId: number | string, unit: string): string => `${resourceScope(resourceId)}:${unit}`

export const holdHolder = (token: string): string => `holds:${token}`
export const bookingHolder = (bookingId: number | string): string => `bookings:${bookingId}`

/** The places a choice needs: `quantity` in the pool of each unit. */
export const placesFor = (resource: ResourceRules, units: string[], quantity: number, stock: number) =>
  units.map((unit) => ({ pool: resourcePool(resource.id, unit), capacity: stock, count: quantity }))
