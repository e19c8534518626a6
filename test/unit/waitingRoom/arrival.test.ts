import { ARRIVAL_HEADER, stampArrival, waitedSinceArrival } from '../../../src/intake/waitingRoom/arrival'

const request = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers: { ...headers } as Record<string, string | string[] | undefined> })

describe('a form post’s arrival in the web server (decision 0075)', () => {
  it('is stamped on form posts only, and a stamp a client sent itself is dropped', () => {
    const page = request('GET', '/formulaires/billetterie', { [ARRIVAL_HEADER]: '1700000000000' })
    stampArrival(page, 1_800_000_000_000)
    expect(page.headers[ARRIVAL_HEADER]).toBeUndefined()
    const api = request('POST', '/api/forms', { [ARRIVAL_HEADER]: '1700000000000' })
    stampArrival(api, 1_800_000_000_000)
    expect(api.headers[ARRIVAL_HEADER]).toBeUndefined()
    const post = request('POST', '/formulaires/billetterie/etape?session=x', { [ARRIVAL_HEADER]: '1700000000000' })
    stampArrival(post, 1_800_000_000_000)
    expect(post.headers[ARRIVAL_HEADER]).toBe('1800000000000')
    const other = request('POST', '/formulaires/a/b/etape')
    stampArrival(other, 1_800_000_000_000)
    expect(other.headers[ARRIVAL_HEADER]).toBeUndefined()
  })

  it('tells how long the post waited; nothing for a post the server did not stamp or a malformed stamp', () => {
    expect(waitedSinceArrival(new Headers({ [ARRIVAL_HEADER]: '1800000000000' }), 1_800_000_000_450)).toBe(450)
    expect(waitedSinceArrival(new Headers(), 1_800_000_000_450)).toBeNull()
    expect(waitedSinceArrival(new Headers({ [ARRIVAL_HEADER]: 'bientôt' }), 1_800_000_000_450)).toBeNull()
    expect(waitedSinceArrival(new Headers({ [ARRIVAL_HEADER]: '1800000000999' }), 1_800_000_000_450)).toBe(0)
  })
})
