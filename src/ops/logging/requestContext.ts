/**
 * The request being served, for every log line written while it is (logger.ts adds its id) and for
 * the problem pages that show its id. One store per process, kept on globalThis: the web server
 * (src/scripts/server.mjs, Node's own TypeScript) and the code Next.js bundled each load this file.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

export interface RequestContext {
  reqId: string
}

const STORE_KEY = Symbol.for('portail-citoyen.requestContext')
const shared = globalThis as typeof globalThis & { [STORE_KEY]?: AsyncLocalStorage<RequestContext> }

export const requestContext: AsyncLocalStorage<RequestContext> = (shared[STORE_KEY] ??= new AsyncLocalStorage<RequestContext>())

/** The id of the request being served, if any (none in jobs run on a schedule, the CLI, the tests). */
export const currentRequestId = (): string | undefined => requestContext.getStore()?.reqId
