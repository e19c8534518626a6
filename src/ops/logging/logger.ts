/**
 * The portal's one logger (pino, as Payload's own): Payload writes through it (portalConfig.ts
 * `logger`), and so do the web server's request lines (src/scripts/server.mjs), the jobs and the
 * error hook of Next.js. In production, one JSON line per event on stdout (journald, docker);
 * elsewhere Payload's coloured lines. Every line passes through the redaction (decision 0071).
 */
// With their extensions: src/scripts/server.mjs imports this file with Node's own TypeScript support.
import { destination as fileDestination, pino, stdTimeFunctions, type DestinationStream, type Level, type Logger, type LoggerOptions } from 'pino'
import { build as prettyStream } from 'pino-pretty'

import { currentRequestId } from './requestContext.ts'
import { REDACTED_KEYS, sanitizeLogLine } from './sanitize.ts'
import { MASKED } from './scrubText.ts'

const LEVELS: Level[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace']

/** LOG_LEVEL, or `info`; an unknown value falls back to `info` rather than stopping the server. */
export function logLevel(value = process.env.LOG_LEVEL): Level | 'silent' {
  const level = value?.trim().toLowerCase()
  return level === 'silent' || LEVELS.includes(level as Level) ? (level as Level | 'silent') : 'info'
}

export interface PortalLoggerOptions {
  /** JSON lines with ISO times and level names (default: NODE_ENV=production) */
  json?: boolean
  /** Where lines go (default: stdout) */
  destination?: DestinationStream
}

export function portalLoggerOptions(json: boolean): LoggerOptions {
  return {
    level: logLevel(),
    enabled: process.env.DISABLE_LOGGING !== 'true',
    // No pid nor host name: journald and docker record them beside each line.
    base: undefined,
    redact: { paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`]), censor: MASKED },
    // Every line written while a request is served carries its id.
    mixin: () => {
      const reqId = currentRequestId()
      return reqId ? { reqId } : {}
    },
    hooks: { streamWrite: sanitizeLogLine },
    ...(json ? { timestamp: stdTimeFunctions.isoTime, formatters: { level: (label: string) => ({ level: label }) } } : {}),
  }
}

/** A new logger with the portal's settings; the app uses the one of portalLogger(). */
export function createPortalLogger({ json = process.env.NODE_ENV === 'production', destination }: PortalLoggerOptions = {}): Logger {
  // Synchronous writes: a line is out before the process can die, and lines of the web server and
  // of Payload never interleave.
  const output = destination ?? (json ? fileDestination({ dest: 1, sync: true }) : prettyStream({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss', sync: true }))
  return pino(portalLoggerOptions(json), output)
}

const LOGGER_KEY = Symbol.for('portail-citoyen.logger')
const shared = globalThis as typeof globalThis & { [LOGGER_KEY]?: Logger }

/**
 * The process's logger, made once: the web server and the code Next.js bundled each load this
 * file, and must write through the same stream.
 */
export function portalLogger(): Logger {
  return (shared[LOGGER_KEY] ??= createPortalLogger())
}
