import { buildConfig } from 'payload'

import { frenchQueryPresets } from './admin/queryPresets'
import { portalConfig } from './portalConfig'

// The app, the Payload CLI and the tests load this file (`@payload-config`). The benchmark's peer
// has its own config in bench/peer/ and no switch reaches here (decision 0028).
export default buildConfig(await portalConfig()).then(frenchQueryPresets)
