/**
 * One line per job run — task, queue, outcome, duration, the counts it returned — for every task
 * of the config, wrapped here once rather than in each handler (portalConfig.ts). Written through
 * Payload's logger, so with the portal's redaction.
 */
import type { TaskConfig, TaskHandler, TaskHandlerArgs } from 'payload'

// Tasks of every input and output shape: Payload's own `jobs.tasks` type.
type AnyTask = TaskConfig<any>

/** The numbers of a task's output (counts of what it did); anything else is not logged. */
function counts(output: unknown): Record<string, number> | undefined {
  if (!output || typeof output !== 'object') return undefined
  const numbers = Object.entries(output).filter((entry): entry is [string, number] => typeof entry[1] === 'number')
  return numbers.length ? Object.fromEntries(numbers) : undefined
}

export function withJobLog<T extends AnyTask>(task: T): T {
  const handler = task.handler
  if (typeof handler !== 'function') return task // a handler given by its file path: Payload imports it
  const logged: TaskHandler<any> = async (args: TaskHandlerArgs<any>) => {
    const started = performance.now()
    const where = { job: task.slug, queue: args.job?.queue ?? 'default', jobId: args.job?.id }
    const ms = () => Math.round(performance.now() - started)
    try {
      const result = await handler(args)
      const failed = 'state' in result && result.state === 'failed'
      if (failed) args.req.payload.logger.error({ ...where, outcome: 'failed', ms: ms(), error: result.errorMessage }, 'tâche')
      else args.req.payload.logger.info({ ...where, outcome: 'succeeded', ms: ms(), output: counts('output' in result ? result.output : undefined) }, 'tâche')
      return result
    } catch (error) {
      args.req.payload.logger.error({ ...where, outcome: 'failed', ms: ms(), err: error }, 'tâche')
      throw error
    }
  }
  return { ...task, handler: logged }
}

export const withJobLogs = <T extends AnyTask>(tasks: T[]): T[] => tasks.map(withJobLog)
