/** Admin views of our own, under the admin route (registered in portalConfig's admin.components.views). */
export const BOOKING_CALENDAR_PATH = '/calendrier-reservations'
/** Régie: totals of the online payments per day and per service, and the daily CSV exports. */
export const REGIE_PATH = '/regie'
/** Print view of a request (the request's id between): /admin/demandes/<id>/impression. */
export const REQUEST_PRINT_PATH = '/demandes/:id/impression'
