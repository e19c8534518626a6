// The int-mongodb project: the integration suite again, each suite on its own database of the
// MongoDB server named by MONGODB_TEST_SERVER (`npm test` starts one: test/helpers/jongodb.mjs).
const server = process.env.MONGODB_TEST_SERVER?.trim() // see test/helpers/mongoTestServer.ts
if (!server?.startsWith('mongodb')) {
  throw new Error('int-mongodb: set MONGODB_TEST_SERVER=mongodb://host:port/?replicaSet=… (npm test starts a test server itself)')
}
process.env.TEST_DATABASE_URL = server
