// `node scripts/ensure-env.mjs`: used before commands that need .env (build, seed, migrate).
import { ensureEnvFile } from './env.mjs'

ensureEnvFile()
