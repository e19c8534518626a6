// The int-mongodb project: the integration suite again, each suite on its own database of the
// MongoDB server named by MONGODB_TEST_SERVER (`npm test` starts one: test/helpers/jongodb.mjs).
import { MONGODB_SERVER_ENV, mongoTestServer } from './helpers/testDatabase'

const server = mongoTestServer()
if (!server) throw new Error(`int-mongodb: set ${MONGODB_SERVER_ENV}=mongodb://host:port/?replicaSet=… (npm test starts a test server itself)`)
process.env.TEST_DATABASE_URL = server
