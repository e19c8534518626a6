/** Values of the form's "action" button shared by the page, its script and the step handler. */

/** The JavaScript path's final post: every step, checked in the page by the citizen, sent at once. */
export const SEND_ALL = 'envoyer-tout'

/** Name of the page's one-time key that makes a repeated send return the first one's receipt. */
export const SEND_KEY = 'envoi'
