/**
 * The door's camera (decision 0073): which codes read by the camera are sent for judgement, what
 * the page's script accepts as a verdict, what a screen reader hears, and what the page's verdict
 * area renders on the server (the only rendering without JavaScript).
 */
import { renderToStaticMarkup } from 'react-dom/server'

import { DoorVerdicts } from '../../src/components/door/DoorVerdicts'
import { isScanAnswer, spokenVerdict } from '../../src/components/door/doorVerdict'
import { codeRead, codeSeen, NO_RECENT_CODES, OUT_OF_VIEW_MS, type RecentCodes } from '../../src/components/door/repeatedCodes'

/** Feeds frames (a code, or null when none is read) at the given times; returns the codes sent. */
function framesSent(frames: Array<[number, string | null]>, start: RecentCodes = NO_RECENT_CODES): { sent: Array<[number, string]>; recent: RecentCodes } {
  let recent = start
  const sent: Array<[number, string]> = []
  for (const [now, code] of frames) {
    if (code === null) continue
    const read = codeRead(recent, code, now)
    recent = read.recent
    if (read.send) sent.push([now, code])
  }
  return { sent, recent }
}

/** One frame every 150 ms from `from` to `to` (excluded) showing `code`. */
const held = (code: string | null, from: number, to: number): Array<[number, string | null]> => Array.from({ length: Math.ceil((to - from) / 150) }, (_, i) => [from + i * 150, code])

describe('codes read by the door camera', () => {
  it('sends a ticket once while it is held before the lens, however long', () => {
    expect(framesSent(held('A', 0, 20_000)).sent).toEqual([[0, 'A']])
  })

  it('sends it again once it has been out of view for the delay, not before', () => {
    // Last seen at 900 ms.
    const shortGap = [...held('A', 0, 1_000), ...held(null, 1_000, 2_800), ...held('A', 2_800, 4_000)]
    expect(framesSent(shortGap).sent).toEqual([[0, 'A']])
    const longGap = [...held('A', 0, 1_000), ...held(null, 1_000, 3_000), ...held('A', 3_000, 4_000)]
    expect(framesSent(longGap).sent).toEqual([
      [0, 'A'],
      [3_000, 'A'],
    ])
    // Exactly at the delay counts as out of view.
    expect(codeRead(codeSeen(NO_RECENT_CODES, 'A', 0), 'A', OUT_OF_VIEW_MS - 1).send).toBe(false)
    expect(codeRead(codeSeen(NO_RECENT_CODES, 'A', 0), 'A', OUT_OF_VIEW_MS).send).toBe(true)
  })

  it('sends another ticket at once, and does not resend either while both are shown in turn', () => {
    const alternating: Array<[number, string | null]> = held(null, 0, 3_000).map(([now], i) => [now, i % 2 ? 'B' : 'A'])
    expect(framesSent(alternating).sent).toEqual([
      [0, 'A'],
      [150, 'B'],
    ])
  })

  it('counts the time the server took to answer as time in view (codeSeen when the verdict comes)', () => {
    // Sent at 0, the verdict comes at 2 500 ms, the ticket still there at 2 650 ms: not sent again.
    const { recent } = framesSent([[0, 'A']])
    expect(codeRead(codeSeen(recent, 'A', 2_500), 'A', 2_650).send).toBe(false)
    expect(codeRead(recent, 'A', 2_650).send).toBe(true)
  })

  it('forgets codes out of view for long, and never changes the memory it is given', () => {
    const before = codeSeen(codeSeen(NO_RECENT_CODES, 'A', 0), 'B', 100)
    const after = codeSeen(before, 'C', 5_000)
    expect([...after.keys()]).toEqual(['C'])
    expect([...before.keys()]).toEqual(['A', 'B'])
    expect(NO_RECENT_CODES.size).toBe(0)
  })
})

describe('a verdict for the door page', () => {
  it('is accepted only in the shape /controle/scan answers', () => {
    expect(isScanAnswer({ accepted: true, verdict: 'Billet valide', detail: 'Plein', scan: '12' })).toBe(true)
    for (const other of [null, 'Billet valide', { accepted: 'true', verdict: 'Billet valide', detail: '', scan: '1' }, { accepted: false, verdict: 'Déjà contrôlé', detail: '' }, { errors: [{ message: 'x' }] }]) expect(isScanAnswer(other)).toBe(false)
  })

  it('is spoken with the refusal in words', () => {
    expect(spokenVerdict({ accepted: true, verdict: 'Billet valide', detail: 'Plein — Nolwenn Le Floch' })).toBe('Billet valide. Plein — Nolwenn Le Floch')
    expect(spokenVerdict({ accepted: false, verdict: 'Déjà contrôlé', detail: 'le 12/12 à 20 h 02, porte 2' })).toBe('Entrée refusée : Déjà contrôlé. le 12/12 à 20 h 02, porte 2')
    expect(spokenVerdict({ accepted: false, verdict: 'Code non reconnu', detail: '' })).toBe('Entrée refusée : Code non reconnu')
  })

  it('renders on the server as before (the last verdict, big, with its reason) and an empty live region, marked as an island', () => {
    const html = renderToStaticMarkup(
      <DoorVerdicts last={{ accepted: false, verdict: 'Déjà contrôlé', detail: 'le 12/12 à 20 h 02, porte 2' }}>
        <form />
      </DoorVerdicts>,
    )
    expect(html).toContain('data-island=""')
    expect(html).toMatch(/<div class="door-verdict door-verdict--refused" role="status" tabindex="-1"><p class="door-verdict__title"><span aria-hidden="true">✗<\/span> Déjà contrôlé<\/p><p>le 12\/12 à 20 h 02, porte 2<\/p><\/div>/)
    expect(html).toContain('<p class="visually-hidden" role="status" aria-atomic="true" data-door-announcer=""></p>')
    expect(html).toContain('<form></form>')
    expect(renderToStaticMarkup(<DoorVerdicts last={null}>{null}</DoorVerdicts>)).not.toContain('door-verdict')
  })
})
