/** PayFiP's own addresses (DGFiP): the SOAP web service and the page the citizen pays on. */
export const PAYFIP_ENDPOINT = 'https://www.payfip.gouv.fr/tpa/services/securite'
export const PAYFIP_PAGE_URL = 'https://www.payfip.gouv.fr/tpa/paiementws.web'
