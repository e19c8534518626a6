import { admit, newWaitingRoomState } from '../../../src/intake/waitingRoom/admission'
import { newArrival, passCookie, readPass, signPass } from '../../../src/intake/waitingRoom/pass'

const arrival = (id: string, at: number) => ({ id: id.padEnd(16, 'x'), arrival: at })

describe('waiting room admission (decision 0075)', () => {
  it('handles posts up to the limit, then gives places in line in order of arrival', () => {
    const state = newWaitingRoomState()
    const t = 1_000_000
    const first = admit(state, { limit: 2, maxWaitMs: 300 }, arrival('a', t), t)
    const second = admit(state, { limit: 2, maxWaitMs: 300 }, arrival('b', t + 1), t + 1)
    expect(first.admitted && second.admitted).toBe(true)
    const third = admit(state, { limit: 2, maxWaitMs: 300 }, arrival('c', t + 2), t + 2)
    const fourth = admit(state, { limit: 2, maxWaitMs: 300 }, arrival('d', t + 3), t + 3)
    expect(third).toMatchObject({ admitted: false, position: 1 })
    expect(fourth).toMatchObject({ admitted: false, position: 2 })
    // Again before its due time, a later post keeps its place (the older one still counts).
    expect(admit(state, { limit: 2, maxWaitMs: 300 }, arrival('d', t + 3), t + 500)).toMatchObject({ admitted: false, position: 2 })
    expect(state.inFlight).toBe(2)
  })

  it('gives a free place to the oldest post due back, not to a newcomer', () => {
    const state = newWaitingRoomState()
    const t = 2_000_000
    const handled = admit(state, { limit: 1, maxWaitMs: 300 }, arrival('a', t), t)
    const waiting = admit(state, { limit: 1, maxWaitMs: 300 }, arrival('b', t + 10), t + 10)
    if (!handled.admitted || waiting.admitted) throw new Error('set-up')
    handled.leave(t + 100)
    const due = t + 10 + waiting.retryAfterSeconds * 1000
    // A newcomer at the due time finds the place kept for the older post...
    expect(admit(state, { limit: 1, maxWaitMs: 300 }, arrival('n', due), due)).toMatchObject({ admitted: false, position: 2 })
    // ...which gets it when it comes back.
    expect(admit(state, { limit: 1, maxWaitMs: 300 }, arrival('b', t + 10), due + 100).admitted).toBe(true)
  })

  it('does not keep a place empty for a post that never comes back', () => {
    const state = newWaitingRoomState()
    const t = 3_000_000
    const handled = admit(state, { limit: 1, maxWaitMs: 300 }, arrival('a', t), t)
    const gone = admit(state, { limit: 1, maxWaitMs: 300 }, arrival('b', t + 1), t + 1)
    if (!handled.admitted || gone.admitted) throw new Error('set-up')
    handled.leave(t + 50)
    // Before it is due, and once it is past its due time and the grace, others are let in.
    expect(admit(state, { limit: 1, maxWaitMs: 300 }, arrival('c', t + 200), t + 200).admitted).toBe(true)
    const state2 = newWaitingRoomState()
    const h2 = admit(state2, { limit: 1, maxWaitMs: 300 }, arrival('a', t), t)
    const g2 = admit(state2, { limit: 1, maxWaitMs: 300 }, arrival('b', t + 1), t + 1)
    if (!h2.admitted || g2.admitted) throw new Error('set-up')
    h2.leave(t + 50)
    const late = t + 1 + g2.retryAfterSeconds * 1000 + 2_500
    expect(admit(state2, { limit: 1, maxWaitMs: 300 }, arrival('c', late), late).admitted).toBe(true)
  })

  it('counts a post once even when leave is called twice, and admits everything without a limit', () => {
    const state = newWaitingRoomState()
    const entry = admit(state, { limit: 1, maxWaitMs: 300 }, arrival('a', 1), 1)
    if (!entry.admitted) throw new Error('not admitted')
    entry.leave()
    entry.leave()
    expect(state.inFlight).toBe(0)
    for (let i = 0; i < 50; i += 1) expect(admit(state, { limit: 0, maxWaitMs: 300 }, arrival(`z${i}`, 2), 2, 10_000).admitted).toBe(true)
  })

  it('sends back to the line a newcomer that waited in the server beyond the longest wait, not one back in its turn', () => {
    const state = newWaitingRoomState()
    const t = 6_000_000
    expect(admit(state, { limit: 6, maxWaitMs: 300 }, arrival('a', t), t, 300).admitted).toBe(true)
    const late = admit(state, { limit: 6, maxWaitMs: 300 }, arrival('b', t), t, 301)
    expect(late).toMatchObject({ admitted: false, position: 1 })
    if (late.admitted) throw new Error('set-up')
    // Back at its due time, it is let in although it waited longer again (up to twice as long).
    const due = t + late.retryAfterSeconds * 1000
    expect(admit(state, { limit: 6, maxWaitMs: 300 }, arrival('b', t), due, 601)).toMatchObject({ admitted: false, position: 1 })
    const dueAgain = due + 1000
    expect(admit(state, { limit: 6, maxWaitMs: 300 }, arrival('b', t), dueAgain, 600).admitted).toBe(true)
    // Unknown wait (the handler called in process) or no longest wait (0): not a reason.
    expect(admit(state, { limit: 6, maxWaitMs: 300 }, arrival('c', t), t, null).admitted).toBe(true)
    expect(admit(state, { limit: 6, maxWaitMs: 0 }, arrival('d', t), t, 5_000).admitted).toBe(true)
  })

  it('estimates the wait from the recent pace (5 a second at least), between 1 and 10 seconds', () => {
    const state = newWaitingRoomState()
    const t = 5_000_000
    // 10 posts answered per second over the last 5 seconds
    for (let i = 0; i < 50; i += 1) state.completions.push(t - 5_000 + i * 100)
    state.inFlight = 1
    const answers = Array.from({ length: 60 }, (_, i) => admit(state, { limit: 1, maxWaitMs: 300 }, arrival(`w${i}`, t + i), t + 60))
    expect(answers[0]).toMatchObject({ admitted: false, position: 1, retryAfterSeconds: 1 })
    expect(answers[24]).toMatchObject({ position: 25, retryAfterSeconds: 3 })
    const quiet = newWaitingRoomState()
    quiet.inFlight = 1
    const far = Array.from({ length: 80 }, (_, i) => admit(quiet, { limit: 1, maxWaitMs: 300 }, arrival(`q${i}`, t + i), t + 60))
    expect(far[39]).toMatchObject({ position: 40, retryAfterSeconds: 8 })
    expect(far[79]).toMatchObject({ position: 80, retryAfterSeconds: 10 })
  })
})

describe('waiting room pass', () => {
  const cookieHeader = (value: string) => `autre=1; file_attente=${value}; encore=2`

  it('keeps the arrival it was given and refuses a forged or moved one', () => {
    const now = Date.now()
    const who = newArrival(now - 30_000)
    expect(readPass(cookieHeader(signPass(who)), now)).toEqual(who)
    const [, id, mac] = signPass(who).split('.')
    expect(readPass(cookieHeader(`${who.arrival - 60_000}.${id}.${mac}`), now)).toBeNull()
    expect(readPass(cookieHeader(`${who.arrival}.${id}.${'A'.repeat(22)}`), now)).toBeNull()
    expect(readPass(cookieHeader('n%27importe quoi'), now)).toBeNull()
    expect(readPass(null, now)).toBeNull()
  })

  it('is honoured for an hour, and is an HttpOnly cookie of the form posts, Secure behind HTTPS', () => {
    const now = Date.now()
    expect(readPass(cookieHeader(signPass(newArrival(now - 3_601_000))), now)).toBeNull()
    const cookie = passCookie(newArrival(now), true)
    expect(cookie).toMatch(/^file_attente=\d+\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}; Path=\/formulaires; Max-Age=3600; HttpOnly; SameSite=Lax; Secure$/)
    expect(passCookie(newArrival(now), false)).not.toMatch(/Secure/)
  })
})
