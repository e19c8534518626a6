/** Removes the uploads of the demo town the int-mongodb set-up prepared (its database goes with the server). */
export default async function globalTeardown(): Promise<void> {
  ;(globalThis as { intMongodbTemplateCleanup?: () => void }).intMongodbTemplateCleanup?.()
}
