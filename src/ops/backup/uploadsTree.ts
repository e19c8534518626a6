import fs from 'node:fs'
import path from 'node:path'

/** Every regular file under `dir`, as paths relative to it with '/' separators, sorted; [] when absent. */
export function listFiles(dir: string): string[] {
  const found: string[] = []
  const walk = (relative: string) => {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(path.join(dir, relative), { withFileTypes: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      throw error
    }
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(child)
      else if (entry.isFile()) found.push(child)
    }
  }
  walk('')
  return found.sort()
}
