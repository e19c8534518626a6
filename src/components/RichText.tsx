import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import { contentBlockRegistry } from '../../blocks'
import { assertKnownBlocks } from './assertKnownBlocks'

const knownBlocks = new Set(Object.keys(contentBlockRegistry))

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  blocks: Object.fromEntries(
    Object.entries(contentBlockRegistry).map(([slug, { Component }]) => [
      slug,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      ({ node }: { node: { fields: any } }) => <Component {...node.fields} />,
    ]),
  ),
})

export function RichText({ data, className }: { data: unknown; className?: string }) {
  if (!data) return null
  assertKnownBlocks(data, knownBlocks)
  return <LexicalRichText className={className ?? 'rich-text'} converters={converters} data={data as SerializedEditorState} />
}
