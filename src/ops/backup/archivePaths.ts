/**
 * The only paths an archive may hold: the manifest, database/<file> and uploads/<relative path>.
 * Checked when reading, so that a crafted archive can never write outside the restore folder.
 */
export function isAllowedArchivePath(name: string): boolean {
  if (name === 'manifest.json') return true
  if (name.length > 1024 || /[\\\0]/.test(name) || name.startsWith('/')) return false
  const segments = name.split('/')
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return false
  if (segments[0] === 'database') return segments.length === 2
  return segments[0] === 'uploads' && segments.length >= 2
}
