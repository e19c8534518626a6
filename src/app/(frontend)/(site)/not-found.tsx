import { ErrorReference } from '@/components/ErrorReference'
import { NotFoundContent } from '@/components/NotFoundContent'
import { pageReference } from '@/ops/logging/pageReference'

export const metadata = { title: 'Page introuvable' }

export default async function NotFound() {
  return (
    <>
      <NotFoundContent />
      <ErrorReference reference={await pageReference()} />
    </>
  )
}
