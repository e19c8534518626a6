/** One value of a page's search parameter (Next gives a string, an array when repeated, or nothing). */
export const firstParam = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''))
