/**
 * Cached citizen pages are served without scripts unless a client component marks them with
 * `data-island` (src/site/pageCache.ts): every client component of the site must carry the mark.
 */
import fs from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name)
    // The admin's own components never render on a cached citizen page.
    const adminOnly = relative === path.join('src', 'app', '(payload)') || relative === path.join('src', 'admin')
    if (entry.isDirectory()) return entry.name === 'node_modules' || adminOnly ? [] : sourceFiles(relative)
    return /\.tsx$/.test(entry.name) ? [relative] : []
  })

describe('client components of the citizen site', () => {
  const clientComponents = [...sourceFiles('src'), ...sourceFiles('blocks')].filter((file) => /^['"]use client['"]/m.test(fs.readFileSync(path.join(root, file), 'utf8')))

  it('are found (the scan works)', () => {
    expect(clientComponents).toEqual(expect.arrayContaining([path.join('src', 'components', 'directory', 'DirectoryMap.tsx')]))
  })

  it.each(clientComponents.map((f) => [f]))('%s marks its page with data-island', (file) => {
    expect(fs.readFileSync(path.join(root, file), 'utf8')).toMatch(/data-island=/)
  })
})
