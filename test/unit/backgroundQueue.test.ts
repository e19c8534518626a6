import { backgroundJobsWaiting, runInBackground } from '../../src/intake/backgroundQueue'

describe('the background queue of a post’s e-mails (decision 0075)', () => {
  it('runs jobs one at a time, in order, letting the event loop turn between two', async () => {
    const events: string[] = []
    const job = (name: string) => async () => {
      events.push(`start ${name}`)
      // Work that does not yield, as PDFs and a synchronous driver do.
      const until = Date.now() + 20
      while (Date.now() < until);
      events.push(`end ${name}`)
    }
    // A timer due at once: it must run before the second job, not after every job.
    const jobs = [runInBackground(job('a')), runInBackground(job('b')), runInBackground(job('c'))]
    setTimeout(() => events.push('timer'), 0)
    expect(backgroundJobsWaiting()).toBe(3)
    await Promise.all(jobs)
    expect(events.filter((e) => e !== 'timer')).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c'])
    expect(events.indexOf('timer')).toBeLessThan(events.indexOf('start c'))
    expect(backgroundJobsWaiting()).toBe(0)
  })

  it('a failing job does not stop the next ones', async () => {
    const ran: string[] = []
    const failing = runInBackground(async () => {
      throw new Error('SMTP indisponible')
    })
    const next = runInBackground(async () => void ran.push('next'))
    await expect(failing).resolves.toBeUndefined()
    await next
    expect(ran).toEqual(['next'])
  })
})
