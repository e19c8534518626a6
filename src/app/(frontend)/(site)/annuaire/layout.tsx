import type { ReactNode } from 'react'

import './directory.css'

/** Directory pages share their own styles (lists, letters, pagination, map). */
export default function DirectoryLayout({ children }: { children: ReactNode }) {
  return children
}
