import { pdfLinesOf } from './pdfText'

/** The signed ticket codes printed in a tickets PDF. */
export const codesIn = (pdf: Buffer): string[] => pdfLinesOf(pdf).filter((t) => /^[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}$/.test(t))
