/** The in-memory cache of published forms: dropped on change, never refilled by a read begun before it. */
import { cachedForm, invalidateForms } from '../../src/forms/formCache'

describe('form cache', () => {
  it('keeps a form until a change drops it', async () => {
    let reads = 0
    const load = async () => ++reads
    expect(await cachedForm('cache-a', load)).toBe(1)
    expect(await cachedForm('cache-a', load)).toBe(1)
    invalidateForms()
    expect(await cachedForm('cache-a', load)).toBe(2)
  })

  it('does not keep what a read begun before a change returned (the old form)', async () => {
    let release: (value: string) => void = () => {}
    const slow = cachedForm('cache-b', () => new Promise<string>((resolve) => (release = resolve)))
    invalidateForms() // staff saved the form while the read was on its way
    release('ancienne version')
    expect(await slow).toBe('ancienne version') // used once by the request that asked...
    expect(await cachedForm('cache-b', async () => 'nouvelle version')).toBe('nouvelle version') // ...never kept
  })
})
