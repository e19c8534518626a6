/**
 * Issue 11 item 4: the address the per-address limits count. By default (no proxy) it is the
 * connection's address, whatever X-Forwarded-For the client sends.
 */
import { clientAddress, describeCountedAddress, trustedProxyCount } from '../../src/security/clientAddress.mjs'

describe('client address counted by the limits', () => {
  it('defaults to no trusted proxy', () => {
    expect(trustedProxyCount({})).toBe(0)
    expect(trustedProxyCount({ TRUSTED_PROXIES: '' })).toBe(0)
    expect(trustedProxyCount({ TRUSTED_PROXIES: '2' })).toBe(2)
    expect(trustedProxyCount({ TRUSTED_PROXIES: 'beaucoup' })).toBe(0)
  })

  it('without a proxy, a forged X-Forwarded-For is ignored: the connection is counted', () => {
    expect(clientAddress('1.2.3.4', '198.51.100.7', 0)).toBe('198.51.100.7')
    expect(clientAddress('1.2.3.4, 5.6.7.8', '198.51.100.7', 0)).toBe('198.51.100.7')
    expect(clientAddress(undefined, '198.51.100.7', 0)).toBe('198.51.100.7')
  })

  it('behind one proxy, the address the proxy appended (the forged entries on its left are ignored)', () => {
    // nginx: X-Forwarded-For = <what the client sent>, <the client's real address>; the socket is nginx.
    expect(clientAddress('1.2.3.4, 203.0.113.9', '10.0.0.2', 1)).toBe('203.0.113.9')
    expect(clientAddress('203.0.113.9', '10.0.0.2', 1)).toBe('203.0.113.9')
  })

  it('more proxies configured than entries: the leftmost entry, never undefined', () => {
    expect(clientAddress('', '10.0.0.2', 3)).toBe('10.0.0.2')
    expect(clientAddress('203.0.113.9', '10.0.0.2', 5)).toBe('203.0.113.9')
  })

  it('says in French which address is counted', () => {
    expect(describeCountedAddress(0)).toMatch(/adresse de la connexion/)
    expect(describeCountedAddress(1)).toMatch(/TRUSTED_PROXIES=1/)
  })
})
