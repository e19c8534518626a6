export class UnknownFieldTypeError extends Error {
  constructor(type: string) {
    super(`Unknown form field type "${type}": add its folder under blocks/fields/ and register it in blocks/fields/index.ts.`)
    this.name = 'UnknownFieldTypeError'
  }
}
