/** Issue 11 item 3: links in e-mails follow the server's own port when PUBLIC_URL is unset. */
import { publicUrl, servedOverHttps } from '../../src/lib/publicUrl'

describe('public address', () => {
  it('defaults to this server on localhost and its port, not always 3000', () => {
    expect(publicUrl({})).toBe('http://localhost:3000')
    expect(publicUrl({ PORT: '4123' })).toBe('http://localhost:4123')
    expect(publicUrl({ PUBLIC_URL: '  ', PORT: '4123' })).toBe('http://localhost:4123')
  })

  it('takes PUBLIC_URL without its trailing slashes', () => {
    expect(publicUrl({ PUBLIC_URL: 'https://demarches.kerlann.fr//', PORT: '4123' })).toBe('https://demarches.kerlann.fr')
  })

  it('knows when the site is served over HTTPS (Secure cookies)', () => {
    expect(servedOverHttps({ PUBLIC_URL: 'https://demarches.kerlann.fr' })).toBe(true)
    expect(servedOverHttps({ PORT: '3000' })).toBe(false)
  })
})
