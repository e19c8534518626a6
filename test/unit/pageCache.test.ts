import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { contentVersion, isCacheable, isRenderedThroughServer, markContentChanged, pageCacheKey, versionFile, withNonce, withoutUnusedScripts } from '../../src/site/pageCache'

const headers = (init: Record<string, string> = {}) => new Headers({ accept: 'text/html,application/xhtml+xml', ...init })

describe('page cache rules', () => {
  it('keeps only the public pages that look the same to everyone', () => {
    for (const p of ['/', '/demarches', '/demarches/etat-civil', '/demarches/etat-civil/acte-de-naissance', '/documents', '/annuaire/associations/club-de-voile']) {
      expect(isCacheable('GET', p, headers())).toBe(true)
    }
    for (const p of ['/formulaires/aide-ccas', '/suivi/abc', '/recherche', '/agenda', '/agenda/le-songe', '/admin', '/api/domains', '/demarches/a/b/c']) {
      expect(isCacheable('GET', p, headers())).toBe(false)
    }
    expect(isCacheable('POST', '/', headers())).toBe(false)
    expect(isCacheable('HEAD', '/', headers())).toBe(false)
    expect(isCacheable('GET', '/', headers({ accept: '*/*' }))).toBe(false) // a client navigation's payload
    expect(isCacheable('GET', '/', headers({ cookie: 'a=1; payload-token=xyz' }))).toBe(false)
    expect(isCacheable('GET', '/', headers({ cookie: 'a=1' }))).toBe(true)
  })

  it('renders through the server the other page loads of the site, never files, forms, the admin or the API', () => {
    for (const p of ['/recherche', '/suivi/abc', '/page-inconnue']) expect(isRenderedThroughServer('GET', p, headers())).toBe(true)
    for (const p of ['/formulaires/aide-ccas', '/admin', '/api/domains', '/__bench/procedure.html', '/robots.txt']) expect(isRenderedThroughServer('GET', p, headers())).toBe(false)
    expect(isRenderedThroughServer('GET', '/recherche', headers({ accept: '*/*' }))).toBe(false)
    expect(isRenderedThroughServer('POST', '/recherche', headers())).toBe(false)
  })

  it('swaps every nonce attribute of the render, and only those', () => {
    const body = '<script nonce="OLD">a</script><p>nonce="OTHER"</p><script nonce="OLD" src="/x.js"></script>'
    expect(withNonce({ body, nonce: 'OLD' }, 'NEW')).toBe('<script nonce="NEW">a</script><p>nonce="OTHER"</p><script nonce="NEW" src="/x.js"></script>')
  })

  it('drops the scripts of a page without interactive part, keeps those of a page with one', () => {
    const head = '<head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/x.js"/></head>'
    const page = (body: string) => `<html>${head}<body>${body}<script src="/_next/y.js" async=""></script><script>self.__next_f.push([1,"a<b>"])</script></body></html>`
    expect(withoutUnusedScripts(page('<main>Bonjour</main>'))).toBe('<html><head><link rel="stylesheet" href="/a.css"/></head><body><main>Bonjour</main></body></html>')
    const island = page('<main><div data-island="">carte</div></main>')
    expect(withoutUnusedScripts(island)).toBe(island)
  })

  it('a content change moves the version (one file per database)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-'))
    process.env.PAGE_CACHE_VERSION_FILE = path.join(dir, 'version')
    try {
      expect(contentVersion()).toBe(0)
      markContentChanged()
      const first = contentVersion()
      expect(first).toBeGreaterThan(0)
      await new Promise((r) => setTimeout(r, 20))
      markContentChanged()
      expect(contentVersion()).toBeGreaterThan(first)
    } finally {
      delete process.env.PAGE_CACHE_VERSION_FILE
      fs.rmSync(dir, { recursive: true, force: true })
    }
    expect(versionFile({ DATABASE_URL: 'file:a.db' })).not.toBe(versionFile({ DATABASE_URL: 'file:b.db' }))
  })
})

describe('page cache keys (issue 11: bounded, normalised, unknown parameters ignored)', () => {
  const key = (url: string) => {
    const parsed = new URL(url, 'http://x')
    return pageCacheKey(parsed.pathname, parsed.searchParams)
  }

  it('ignores parameters the page does not read, so junk query strings share one entry', () => {
    expect(key('/?utm_source=a')).toBe('/')
    expect(key('/?x=1&y=2')).toBe('/')
    expect(key('/demarches/etat-civil?cache-buster=123')).toBe('/demarches/etat-civil')
  })

  it('keeps the known parameters in a fixed order, first value only', () => {
    expect(key('/annuaire/associations?page=2&lettre=B&categorie=sport')).toBe('/annuaire/associations?categorie=sport&lettre=B&page=2')
    expect(key('/annuaire/associations?lettre=B&page=2&categorie=sport&zzz=1')).toBe('/annuaire/associations?categorie=sport&lettre=B&page=2')
    expect(key('/documents?domaine=etat-civil&domaine=urbanisme')).toBe('/documents?domaine=etat-civil')
  })

  it('never caches a free-text search nor a value out of bounds', () => {
    expect(key('/documents?q=acte')).toBeNull()
    expect(key('/annuaire/entreprises?q=boulangerie')).toBeNull()
    expect(key('/annuaire/associations?page=999999')).toBeNull()
    expect(key(`/documents?domaine=${'a'.repeat(500)}`)).toBeNull()
  })

  it('drops a trailing slash', () => {
    expect(key('/documents/')).toBe('/documents')
  })
})
