/** Values of the form's "action" button shared by the page, its script and the step handler. */

/** The JavaScript path's final post: every step, checked in the page by the citizen, sent at once. */
export const SEND_ALL = 'envoyer-tout'

/** Name of the page's one-time key that makes a repeated send return the first one's receipt. */
export const SEND_KEY = 'envoi'

/**
 * The JavaScript path's check step: every step posted (files left out), read by the server as on a
 * send, nothing stored; answers the check page's lines, or the first step's errors (decision 0036).
 */
export const PREVIEW = 'apercu'

/**
 * What a preview answers: the check page's lines of the answers that hold, and the server's
 * messages for those that do not (a file chosen in the page is not sent: the page knows it is there).
 */
export interface PreviewAnswer {
  steps: Array<{ index: number; title: string; rows: Array<{ inputId: string; label: string; lines: string[] }> }>
  errors: Array<{ step: number; inputId: string; message: string }>
  /** The amount to pay for these answers (a paid démarche), written by the server: "36,00 €" */
  price?: { total: string; lines: Array<{ label: string; amount: string }> } | null
}
