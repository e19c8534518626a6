import { entryPage } from '@/components/directory/entryPage'

const { generateMetadata, Page } = entryPage('businesses')

export { generateMetadata }
export default Page
