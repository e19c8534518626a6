import { renderToStaticMarkup } from 'react-dom/server'

import { HoldCountdown, minutesLeft } from '../../src/forms/render/HoldCountdown'

describe('the countdown of a hold', () => {
  const until = Date.parse('2026-12-07T14:47:00Z')

  it('counts the minutes left, rounded up, and nothing once the hold lapsed', () => {
    expect(minutesLeft(until, until - 15 * 60_000)).toBe(15)
    expect(minutesLeft(until, until - 14 * 60_000 - 1)).toBe(15)
    expect(minutesLeft(until, until - 30_000)).toBe(1)
    expect(minutesLeft(until, until)).toBeNull()
    expect(minutesLeft(until, until + 1)).toBeNull()
  })

  it('adds nothing to the server HTML (the notice’s time of day says it without JavaScript), marked as an island', () => {
    const html = renderToStaticMarkup(<HoldCountdown until="2026-12-07T14:47:00Z" />)
    expect(html).toContain('data-island=""')
    expect(html).not.toContain('encore')
    expect(html).toContain('role="status"')
  })
})
