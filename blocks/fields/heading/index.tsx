import type { Block } from 'payload'

import type { BaseFieldConfig, FieldType } from '../../../src/forms/types'
import { conditionField } from '../shared/baseFields'

/** A heading and explanation between fields: displays text, holds no answer. */
export interface HeadingFieldConfig extends BaseFieldConfig {
  title?: string | null
  level?: 'h2' | 'h3' | null
  text?: string | null
}

export const block: Block = {
  slug: 'heading',
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
      name: 'text',
      type: 'textarea',
      label: 'Texte',
      admin: { description: 'Une ligne vide sépare deux paragraphes.' },
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
    const body = paragraphs(field.text ?? '')
    if (!title && !body.length) return null
    return (
      <div className="form-heading" id={id}>
        {title ? <Title className="form-heading__title">{title}</Title> : null}
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
