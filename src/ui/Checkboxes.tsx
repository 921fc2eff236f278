import type { ChoiceOption } from './Radios';

interface Props {
  name: string;
  options: ChoiceOption[];
  /** Exclusive answers after an "or" divider ("none of these", "I don't know"): choosing one clears the rest. */
  exclusive?: ChoiceOption[];
  dividerText?: string;
  values: readonly string[];
  onChange(values: string[]): void;
  invalid?: boolean;
}

/** Checkboxes with GOV.UK exclusive options; the first input's id is `${name}`. */
export function Checkboxes({ name, options, exclusive = [], dividerText, values, onChange, invalid }: Props) {
  const exclusiveValues = exclusive.map((o) => o.value);
  const toggle = (v: string, on: boolean) => {
    if (!on) return onChange(values.filter((x) => x !== v));
    if (exclusiveValues.includes(v)) return onChange([v]);
    onChange([...values.filter((x) => !exclusiveValues.includes(x)), v]);
  };
  const item = (o: ChoiceOption, i: number) => {
    const id = i === 0 ? name : `${name}-${o.value}`;
    return (
      <div class="choice choice--checkbox" key={o.value}>
        <input
          class="choice__input"
          type="checkbox"
          id={id}
          name={name}
          value={o.value}
          checked={values.includes(o.value)}
          onChange={(e) => toggle(o.value, (e.currentTarget as HTMLInputElement).checked)}
          aria-describedby={o.hint ? `${id}-hint` : undefined}
          aria-invalid={invalid || undefined}
        />
        <label class="choice__label" for={id}>
          {o.label}
        </label>
        {o.hint && (
          <div id={`${id}-hint`} class="choice__hint">
            {o.hint}
          </div>
        )}
      </div>
    );
  };
  return (
    <div class="choices">
      {options.map((o, i) => item(o, i))}
      {exclusive.length > 0 && dividerText && <div class="choices__divider">{dividerText}</div>}
      {exclusive.map((o, i) => item(o, options.length + i))}
    </div>
  );
}
