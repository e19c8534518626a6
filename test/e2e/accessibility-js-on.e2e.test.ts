/** axe-core on each citizen page type and every form state, JavaScript on (see ./accessibility.ts). */
import { describeAccessibility } from './accessibility'

describeAccessibility(true)
