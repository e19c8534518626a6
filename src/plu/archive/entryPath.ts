/**
 * Why an entry name would write or read outside the archive (zip slip), or null when it is safe:
 * absolute paths, drive letters, backslashes, `..` segments, control characters.
 */
export function unsafeEntryPathReason(name: string): string | null {
  if (name.includes('\\')) return 'contient une barre oblique inverse'
  if (name.startsWith('/')) return 'est un chemin absolu'
  if (/^[a-zA-Z]:/.test(name)) return 'commence par une lettre de lecteur'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) return 'contient des caractères de contrôle'
  if (name.split('/').some((segment) => segment === '..')) return 'remonte hors de l’archive (..)'
  return null
}
