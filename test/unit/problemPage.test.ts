/** The refusal pages written outside React (src/security/markup.ts): nothing from the address becomes markup. */
import { problemPageHtml } from '../../src/security/problemPage'

describe('problem page', () => {
  it('is a French HTML page whose every value is escaped', () => {
    const page = problemPageHtml({
      title: 'Formulaire <script>alert(1)</script>',
      message: '"><img src=x onerror=alert(1)>',
      back: { href: '/formulaires/%22%3E%3Cimg/etape?x="><b>', label: 'Revenir au formulaire' },
    })
    expect(page.startsWith('<!DOCTYPE html><html lang="fr">')).toBe(true)
    expect(page).not.toMatch(/<script|<img|<b>/)
    expect(page).toContain('&lt;script&gt;')
    expect(page).toContain('href="/formulaires/%22%3E%3Cimg/etape?x=&quot;&gt;&lt;b&gt;"')
    expect(page).toContain('<title>Formulaire &lt;script&gt;alert(1)&lt;/script&gt; — Portail citoyen</title>')
  })

  it('links back to the home page unless told otherwise', () => {
    expect(problemPageHtml({ title: 'Adresse mal formée', message: 'x' })).toContain('<a href="/">Revenir à l’accueil</a>')
  })
})
