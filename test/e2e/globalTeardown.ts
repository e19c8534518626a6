/** Closes the shared Chromium and removes the demo town the global set-up prepared. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { e2eBrowserServer?: { close: () => Promise<void> } }).e2eBrowserServer?.close()
  ;(globalThis as { e2eTemplateCleanup?: () => void }).e2eTemplateCleanup?.()
}
