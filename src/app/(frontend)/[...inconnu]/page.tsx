import { notFound } from 'next/navigation'

/** Any address the site does not know renders the French 404 page within the site's layout. */
export default function UnknownPage() {
  notFound()
}
