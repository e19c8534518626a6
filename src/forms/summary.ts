import { displayAnswer, type Answers, type FormDefinition, visibleInputFields } from './engine'

export interface AnswerLine {
  step: number
  stepTitle: string
  name: string
  label: string
  lines: string[]
}

/** The answers as labelled lines, from a form definition (current or the stored version). */
export function answerLines(definition: FormDefinition, answers: Answers): AnswerLine[] {
  const out: AnswerLine[] = []
  definition.steps.forEach((step, index) => {
    for (const field of visibleInputFields(step.fields, answers)) {
      out.push({
        step: index,
        stepTitle: step.title,
        name: field.name!,
        label: String(field.label ?? field.name),
        lines: displayAnswer(field, answers[field.name!]),
      })
    }
  })
  return out
}

/** "{{nom}}" → the displayed answer; unknown tokens are left visible so staff notice them. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*([a-z0-9_]+)\s*\}\}/gi, (whole, key: string) => (key in values ? values[key] : whole))
}

export function answersAsText(lines: AnswerLine[]): string {
  return lines
    .map((l) => `- ${l.label} : ${l.lines.length ? l.lines.join(' / ') : 'non renseigné'}`)
    .join('\n')
}
