export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

interface Props {
  name: string;
  options: ChoiceOption[];
  /** Options shown after an "or" divider (e.g. "I don't know"). */
  after?: ChoiceOption[];
  dividerText?: string;
  value: string | null;
  onChange(value: string): void;
  invalid?: boolean;
}

/** Radio buttons; the first input's id is `${name}` so the error summary can link to it. */
export function Radios({ name, options, after = [], dividerText, value, onChange, invalid }: Props) {
  const item = (o: ChoiceOption, i: number) => {
    const id = i === 0 ? name : `${name}-${o.value}`;
    return (
      <div class="choice" key={o.value}>
        <input
          class="choice__input"
          type="radio"
          id={id}
          name={name}
          value={o.value}
          checked={value === o.value}
          onChange={() => onChange(o.value)}
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
      {after.length > 0 && dividerText && <div class="choices__divider">{dividerText}</div>}
      {after.map((o, i) => item(o, options.length + i))}
    </div>
  );
}
