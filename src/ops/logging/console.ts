/**
 * What Next.js and libraries print with console.* (Next's own report of a failed render: the
 * error's message and stack, which may quote a citizen's values) goes through the logger in
 * production: JSON like every other line, redacted, with the request's id.
 */
import { format } from 'node:util'

import type { Logger } from 'pino'

const LEVEL_OF = { error: 'error', warn: 'warn', info: 'info', log: 'info', debug: 'debug' } as const

export function routeConsoleToLogger(logger: Logger): void {
  for (const [method, level] of Object.entries(LEVEL_OF) as Array<[keyof typeof LEVEL_OF, (typeof LEVEL_OF)[keyof typeof LEVEL_OF]]>) {
    console[method] = (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error)
      const text = format(...args.filter((arg) => arg !== error))
      if (error) logger[level]({ err: error }, text || error.message)
      else logger[level](text)
    }
  }
}
