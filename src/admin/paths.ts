/** Admin views of our own, under the admin route (registered in portalConfig's admin.components.views). */
export const BOOKING_CALENDAR_PATH = '/calendrier-reservations'
