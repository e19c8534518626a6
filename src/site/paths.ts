/** URLs of the citizen site, in one place. */
export const paths = {
  home: () => '/',
  procedures: () => '/demarches',
  domain: (domainSlug: string) => `/demarches/${domainSlug}`,
  procedure: (domainSlug: string, slug: string) => `/demarches/${domainSlug}/${slug}`,
  documents: (domainSlug?: string) => (domainSlug ? `/documents?domaine=${encodeURIComponent(domainSlug)}` : '/documents'),
  document: (slug: string) => `/documents/${encodeURIComponent(slug)}`,
  search: (q?: string) => (q ? `/recherche?q=${encodeURIComponent(q)}` : '/recherche'),
  servicePublic: (code: string) => `https://www.service-public.fr/particuliers/vosdroits/${encodeURIComponent(code)}`,
}
