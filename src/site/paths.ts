/** URLs of the citizen site, in one place. */
export const paths = {
  home: () => '/',
  procedures: () => '/demarches',
  domain: (domainSlug: string) => `/demarches/${domainSlug}`,
  procedure: (domainSlug: string, slug: string) => `/demarches/${domainSlug}/${slug}`,
  documents: (domainSlug?: string) => (domainSlug ? `/documents?domaine=${encodeURIComponent(domainSlug)}` : '/documents'),
  search: (q?: string) => (q ? `/recherche?q=${encodeURIComponent(q)}` : '/recherche'),
  servicePublic: (code: string) => `https://www.service-public.fr/particuliers/vosdroits/${encodeURIComponent(code)}`,
}
