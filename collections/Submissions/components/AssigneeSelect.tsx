'use client'
import { useField } from '@payloadcms/ui'

type Id = number | string
type Props = { path: string; label: string; agents: Array<{ id: Id; name: string }> }

/**
 * The request's agent as a native, labelled select (Payload's relationship widget has an input
 * without a name and focusable hidden buttons: axe). Saved with the document; the workflow hook
 * still refuses an agent of another organisation.
 */
export function AssigneeSelect({ path, label, agents }: Props) {
  const { value, setValue } = useField<Id | { id: Id } | null>({ path })
  const current = value && typeof value === 'object' ? value.id : value
  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className="field-type ws-fact">
      <label htmlFor={id} className="ws-fact__label">
        {label}
      </label>
      <select
        id={id}
        value={current === null || current === undefined ? '' : String(current)}
        onChange={(event) => setValue(agents.find((a) => String(a.id) === event.target.value)?.id ?? null)}
      >
        <option value="">Non attribuée</option>
        {agents.map((agent) => (
          <option key={agent.id} value={String(agent.id)}>
            {agent.name}
          </option>
        ))}
      </select>
    </div>
  )
}
