/** axe-core on each citizen page type and every form state, JavaScript off (see ./accessibility.ts). */
import { describeAccessibility } from './accessibility'

describeAccessibility(false)
