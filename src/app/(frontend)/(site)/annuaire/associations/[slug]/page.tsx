import { entryPage } from '@/components/directory/entryPage'

const { generateMetadata, Page } = entryPage('associations')

export { generateMetadata }
export default Page
