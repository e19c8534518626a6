export class UnknownFieldTypeError extends Error {
  constructor(type: string) {
    super(`Unknown form field type "${type}": add its folder under blocks/fields/ and register it in blocks/fields/index.ts.`)
    this.name = 'UnknownFieldTypeError'
  }
}

/** A field type's `commit` refuses the request (a hold expired and its slot was taken): a French message for the field. */
export class CommitRefusal extends Error {
  constructor(readonly citizenMessage: string) {
    super(citizenMessage)
    this.name = 'CommitRefusal'
  }
}
