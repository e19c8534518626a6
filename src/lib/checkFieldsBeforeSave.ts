import { beforeChangeTraverseFields, type PayloadRequest, type SanitizedCollectionConfig, ValidationError } from 'payload'

/**
 * Runs a collection's own field checks on the document as it will be saved, and throws Payload's
 * ValidationError (French messages beside the fields) when one fails — the same rules, the same
 * error as the save itself. Payload validates fields only after the collection's beforeChange hooks:
 * a hook that writes elsewhere calls this first, so an invalid save writes nothing at all.
 */
export async function checkFieldsBeforeSave(args: {
  collection: SanitizedCollectionConfig
  data: Record<string, unknown>
  originalDoc?: Record<string, unknown>
  operation: 'create' | 'update'
  req: PayloadRequest
}): Promise<void> {
  const { collection, operation, req } = args
  const doc = structuredClone(args.originalDoc ?? {})
  const data = structuredClone({ ...doc, ...args.data })
  const errors: ConstructorParameters<typeof ValidationError>[0]['errors'] = []
  await beforeChangeTraverseFields({
    id: doc.id as number | string | undefined,
    collection,
    context: {},
    data,
    doc,
    docWithLocales: doc,
    errors,
    fieldLabelPath: '',
    fields: collection.fields,
    global: null,
    mergeLocaleActions: [],
    operation,
    overrideAccess: true,
    parentIndexPath: '',
    parentIsLocalized: false,
    parentPath: '',
    parentSchemaPath: '',
    req,
    siblingData: data,
    siblingDoc: doc,
    siblingDocWithLocales: doc,
  })
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, id: doc.id as number | string | undefined, req })
}
