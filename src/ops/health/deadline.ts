export class DeadlineExceeded extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`)
    this.name = 'DeadlineExceeded'
  }
}

/**
 * `work`, or a DeadlineExceeded rejection after `ms`: a hung database or disk must not hang the
 * health check. The work itself goes on (a promise cannot be cancelled); the caller decides whether
 * to wait for it again rather than start another.
 */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(ms)), ms)
  })
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer))
}
