/** Removes the demo town the global set-up prepared. */
export default async function globalTeardown(): Promise<void> {
  ;(globalThis as { intTemplateCleanup?: () => void }).intTemplateCleanup?.()
}
