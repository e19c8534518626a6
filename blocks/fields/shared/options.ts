/** Choices of select, radio and checkboxes, as stored by optionsField. */
export interface ChoiceOption {
  label: string
  value?: string | null
  id?: string | null
}

export const optionValue = (option: ChoiceOption): string => (option.value ?? option.label).trim()

export function optionLabel(options: ChoiceOption[] | null | undefined, value: string): string {
  return options?.find((o) => optionValue(o) === value)?.label ?? value
}

/** One of the choices, for the demo town's requests (null without choices). */
export const sampleOption = (options: ChoiceOption[] | null | undefined, index: number): string | null =>
  options?.length ? optionValue(options[index % options.length]) : null
