import { publicUrl } from '../lib/publicUrl'
import { PAYFIP_ENDPOINT, PAYFIP_PAGE_URL } from './payfip/addresses'
import { payfipProvider, type PayfipProvider } from './payfip/client'
import type { PayfipMode } from './provider'

/**
 * Which payment service the portal talks to (decision 0046). `simulateur` (the default, for
 * `npm start`, the demo and the tests): the PayFiP simulator served by the app itself. `payfip`:
 * the DGFiP's service, with the town's client number and mode.
 */
export type PaymentProviderName = 'simulateur' | 'payfip'

export { PAYFIP_ENDPOINT, PAYFIP_PAGE_URL }
/** The simulator's own client number: any 6 digits would do, this one says what it is. */
export const SIMULATOR_NUMCLI = '000000'
export const SIMULATOR_PATH = '/simulateur-payfip'

type Env = Record<string, string | undefined>

export function paymentProviderName(env: Env = process.env): PaymentProviderName {
  const value = env.PAYMENT_PROVIDER?.trim().toLowerCase()
  if (!value || value === 'simulateur') return 'simulateur'
  if (value === 'payfip') return 'payfip'
  throw new Error(`PAYMENT_PROVIDER="${env.PAYMENT_PROVIDER}" : valeurs possibles « simulateur » ou « payfip ».`)
}

export const simulatorEnabled = (env: Env = process.env) => paymentProviderName(env) === 'simulateur'

export interface PayfipSettings {
  provider: PaymentProviderName
  numcli: string
  saisie: PayfipMode
  endpoint: string
  pageUrl: string
}

export function payfipSettings(env: Env = process.env): PayfipSettings {
  const provider = paymentProviderName(env)
  if (provider === 'simulateur') {
    const base = publicUrl(env) + SIMULATOR_PATH
    return { provider, numcli: SIMULATOR_NUMCLI, saisie: 'T', endpoint: `${base}/services/securite`, pageUrl: `${base}/paiement` }
  }
  const numcli = env.PAYFIP_NUMCLI?.trim() ?? ''
  if (!/^\d{6}$/.test(numcli)) throw new Error('PAYFIP_NUMCLI : le numéro de client PayFiP de la collectivité (6 chiffres) est requis avec PAYMENT_PROVIDER=payfip.')
  const saisie = (env.PAYFIP_MODE?.trim().toUpperCase() || 'T') as PayfipMode
  if (!['T', 'X', 'W'].includes(saisie)) throw new Error(`PAYFIP_MODE="${env.PAYFIP_MODE}" : T (test), X (activation) ou W (production).`)
  return {
    provider,
    numcli,
    saisie,
    endpoint: env.PAYFIP_ENDPOINT?.trim() || PAYFIP_ENDPOINT,
    pageUrl: env.PAYFIP_PAGE_URL?.trim() || PAYFIP_PAGE_URL,
  }
}

/** The provider the portal uses now (read from the environment at each call: cheap, and tests may change it). */
export function paymentProvider(env: Env = process.env): PayfipProvider {
  const { provider, endpoint, pageUrl } = payfipSettings(env)
  return payfipProvider({ endpoint, pageUrl, name: provider })
}
