/**
 * Blocks that staff can insert in rich text. One folder per block (config + component);
 * to add one, create the folder and add one line here. The site refuses unknown block types.
 */
import type { Block } from 'payload'
import type { ComponentType } from 'react'

import { Callout } from './content/Callout/Component'
import { CalloutBlock } from './content/Callout/config'

interface ContentBlockEntry {
  config: Block
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  Component: ComponentType<any>
}

export const contentBlockRegistry: Record<string, ContentBlockEntry> = {
  [CalloutBlock.slug]: { config: CalloutBlock, Component: Callout },
}

export const contentBlocks: Block[] = Object.values(contentBlockRegistry).map((entry) => entry.config)
