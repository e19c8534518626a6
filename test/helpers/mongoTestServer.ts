/** The variable naming a MongoDB server for the tests (`npm test` sets it to the server it starts). */
export const MONGODB_SERVER_ENV = 'MONGODB_TEST_SERVER'

/** The MongoDB server the MongoDB tests run on, if one is given. */
export function mongoTestServer(): string | undefined {
  const url = process.env[MONGODB_SERVER_ENV]?.trim()
  return url?.startsWith('mongodb') ? url : undefined
}
