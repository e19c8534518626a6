import './workspace.css'

import type { FieldServerComponent } from 'payload'

import type { FormDefinition } from '../../../src/forms/engine'
import { answerLines } from '../../../src/forms/summary'
import { fileIdsIn } from '../../../src/submissions/fileIds'
import { toTimelineFile } from '../../../src/submissions/timeline'
import { FileList } from './FileList'

/**
 * The citizen's answers as agents read them: labels and sections from the exact form version that
 * was answered (never raw JSON), repeatable groups line by line, files previewed and downloadable
 * through access-checked routes.
 */
export const AnswersView: FieldServerComponent = async ({ data, req }) => {
  const version = data?.formVersion as (FormDefinition & { title?: string }) | undefined
  const answers = (data?.answers ?? {}) as Record<string, unknown>
  if (!version?.steps) return null
  const lines = answerLines(version, answers)
  const ids = fileIdsIn(answers)
  const files = ids.length
    ? (
        await req.payload.find({
          collection: 'submission-files',
          where: { id: { in: ids } },
          limit: ids.length,
          depth: 0,
          overrideAccess: false,
          user: req.user,
        })
      ).docs
    : []
  return (
    <div className="field-type ws-answers" style={{ marginBottom: '2rem' }}>
      <h3 style={{ marginBottom: '0.5rem' }}>Réponses — {version.title}</h3>
      {version.steps.map((step, index) => {
        const stepLines = lines.filter((l) => l.step === index)
        if (!stepLines.length) return null
        return (
          <section key={index} style={{ marginBottom: '1rem' }}>
            <h4 style={{ margin: '0.75rem 0 0.25rem' }}>{step.title}</h4>
            <dl style={{ display: 'grid', gridTemplateColumns: 'minmax(10rem, 1fr) 3fr', gap: '0.25rem 1rem', margin: 0 }}>
              {stepLines.map((line) => (
                <div key={line.name} style={{ display: 'contents' }}>
                  <dt style={{ fontWeight: 600 }}>{line.label}</dt>
                  <dd style={{ margin: 0 }}>
                    {line.lines.map((text, i) => (
                      <div key={i}>{text}</div>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        )
      })}
      {files.length ? (
        <section>
          <h4 style={{ margin: '0.75rem 0 0.25rem' }}>Pièces jointes</h4>
          <FileList files={files.map((f) => toTimelineFile(f as never))} apiRoute={req.payload.config.routes.api} />
        </section>
      ) : null}
    </div>
  )
}
