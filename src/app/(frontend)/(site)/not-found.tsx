import { NotFoundContent } from '@/components/NotFoundContent'

export const metadata = { title: 'Page introuvable' }

export default function NotFound() {
  return <NotFoundContent />
}
