import {
  BoldFeature,
  FixedToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Block } from 'payload'

import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { conditionField } from '../shared/baseFields'

/** A heading and explanation between fields: displays text, holds no answer. */
export interface HeadingFieldConfig extends BaseFieldConfig {
  title?: string | null
  level?: 'h2' | 'h3' | null
  /** The explanation, in rich text (links, bold, lists) */
  content?: unknown
  /** Plain-text explanation of forms saved before `content` existed (still shown when no content) */
  text?: string | null
}

/** What an explanation needs: paragraphs, emphasis, links and lists; no headings (the block has its own) nor blocks. */
const explanationEditor = lexicalEditor({
  features: [ParagraphFeature(), BoldFeature(), ItalicFeature(), LinkFeature(), UnorderedListFeature(), OrderedListFeature(), FixedToolbarFeature()],
})

const hasContent = (content: unknown): boolean =>
  Boolean((content as { root?: { children?: Array<{ children?: unknown[] }> } })?.root?.children?.some((node) => (node.children?.length ?? 0) > 0))

export const block: Block = {
  slug: 'heading',
  interfaceName: 'HeadingFieldBlock',
  labels: { singular: 'Intertitre et texte', plural: 'Intertitres et textes' },
  fields: [
    { name: 'title', type: 'text', label: 'Intertitre' },
    {
      name: 'level',
      type: 'select',
      label: 'Niveau',
      defaultValue: 'h2',
      options: [
        { value: 'h2', label: 'Titre de section (niveau 2)' },
        { value: 'h3', label: 'Sous-titre (niveau 3)' },
      ],
      admin: { description: 'Respectez la hiérarchie : un niveau 3 suit un niveau 2 (RGAA 9.1).' },
    },
    {
      name: 'content',
      type: 'richText',
      label: 'Texte',
      editor: explanationEditor,
      admin: { description: 'Explication affichée entre les champs : liens, gras, italique et listes possibles.' },
    },
    {
      name: 'text',
      type: 'textarea',
      label: 'Texte sans mise en forme (ancien format)',
      // Only forms saved before rich text have one: shown while it holds text, so staff can move it.
      admin: {
        condition: (_data, sibling) => Boolean(sibling?.text),
        description: 'Affiché tant que le « Texte » ci-dessus est vide. Une ligne vide sépare deux paragraphes.',
      },
    },
    conditionField,
  ],
}

/** Paragraphs separated by a blank line; single line breaks kept inside a paragraph. */
export const paragraphs = (text: string): string[][] =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0)

export const heading: FieldType<HeadingFieldConfig, null> = {
  type: 'heading',
  block,
  kind: 'display',
  parse: () => ({ ok: true, value: null }),
  display: () => [],
  Input: ({ field, id }) => {
    const Title = field.level === 'h3' ? 'h3' : 'h2'
    const title = field.title?.trim()
    const rich = hasContent(field.content)
    const body = rich ? [] : paragraphs(field.text ?? '')
    if (!title && !rich && !body.length) return null
    return (
      <div className="form-heading" id={id}>
        {title ? <Title className="form-heading__title">{title}</Title> : null}
        {rich ? <RichText className="rich-text form-heading__text" data={field.content as SerializedEditorState} /> : null}
        {body.map((lines, i) => (
          <p key={i}>
            {lines.map((line, j) => (
              <span key={j}>
                {j > 0 ? <br /> : null}
                {line}
              </span>
            ))}
          </p>
        ))}
      </div>
    )
  },
}
