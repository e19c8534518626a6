import { EventEmitter } from 'node:events'

import { admit, newWaitingRoomState } from '../../../src/intake/waitingRoom/admission'
import { ARRIVAL_HEADER, postsAhead, sentToLine, trackFormPost } from '../../../src/intake/waitingRoom/postsInServer'

const arrive = (url: string, method = 'POST', headers: Record<string, string> = {}) => {
  const req = { method, url, headers: { ...headers } as Record<string, string | string[] | undefined> }
  const res = new EventEmitter()
  trackFormPost(req, res)
  return { req, res, headers: new Headers(Object.entries(req.headers).filter((e): e is [string, string] => typeof e[1] === 'string')) }
}

describe('form posts counted from their arrival in the web server (decision 0075)', () => {
  it('numbers form posts only, and drops a number a client sent itself', () => {
    const page = arrive('/formulaires/billetterie', 'GET', { [ARRIVAL_HEADER]: '1' })
    expect(page.req.headers[ARRIVAL_HEADER]).toBeUndefined()
    const forged = arrive('/api/forms', 'POST', { [ARRIVAL_HEADER]: '1' })
    expect(forged.req.headers[ARRIVAL_HEADER]).toBeUndefined()
    const post = arrive('/formulaires/billetterie/etape', 'POST', { [ARRIVAL_HEADER]: '1' })
    expect(Number(post.req.headers[ARRIVAL_HEADER])).toBeGreaterThan(0)
    expect(postsAhead(post.headers)).toBe(0)
    post.res.emit('close')
    // Answered: no longer counted, nor does its number count for anything.
    expect(postsAhead(post.headers)).toBeNull()
    expect(postsAhead(new Headers({ [ARRIVAL_HEADER]: '999999' }))).toBeNull()
  })

  it('counts the posts that came before and are not answered, whatever their order of answer', () => {
    const posts = Array.from({ length: 5 }, () => arrive('/formulaires/billetterie/etape?x=1'))
    expect(posts.map((p) => postsAhead(p.headers))).toEqual([0, 1, 2, 3, 4])
    posts[1].res.emit('close')
    posts[3].res.emit('close')
    expect(posts.map((p) => postsAhead(p.headers))).toEqual([0, null, 1, null, 2])
    // One sent back to the line costs next to nothing: those behind it no longer count it.
    sentToLine(posts[0].headers)
    expect(posts.map((p) => postsAhead(p.headers))).toEqual([0, null, 0, null, 1])
    for (const p of posts) p.res.emit('close')
  })

  it('a post with more posts ahead than the limit waits, although none is being handled yet', () => {
    const state = newWaitingRoomState()
    const who = { id: 'p'.repeat(16), arrival: 1 }
    expect(admit(state, 6, who, 1, 6)).toMatchObject({ admitted: false, position: 1 })
    expect(admit(newWaitingRoomState(), 6, who, 1, 5).admitted).toBe(true)
  })
})
