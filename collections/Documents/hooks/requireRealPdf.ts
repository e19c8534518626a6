import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { readPdfPageCount } from '../../../src/lib/pdf'

/**
 * Refuses any upload that is not a readable PDF, judged by its bytes (never by its name), with a
 * French message; runs before Payload stores anything. Records the page count for the listing.
 */
export const requireRealPdf: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const pageCount = file.data?.length ? await readPdfPageCount(file.data) : null
  if (pageCount === null) {
    throw new ValidationError({
      collection: 'documents',
      errors: [
        {
          path: 'file',
          message: `Le fichier « ${file.name} » n'est pas un PDF lisible. Les imprimés doivent être déposés au format PDF.`,
        },
      ],
    })
  }
  args.data = { ...(args.data ?? {}), pageCount } as unknown as typeof args.data
  return args
}
