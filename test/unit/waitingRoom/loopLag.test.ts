import { loopLagMs } from '../../../src/intake/waitingRoom/loopLag'

describe('the event loop’s lag (decision 0075)', () => {
  it('is near 0 while the loop turns, and grows while work keeps it busy', async () => {
    loopLagMs() // starts the clock
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(loopLagMs()).toBeLessThan(30)
    const until = performance.now() + 200
    while (performance.now() < until);
    expect(loopLagMs()).toBeGreaterThan(150)
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(loopLagMs()).toBeLessThan(30)
  })
})
