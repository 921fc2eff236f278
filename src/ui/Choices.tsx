export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

interface Props {
  type: 'radio' | 'checkbox';
  name: string;
  options: ChoiceOption[];
  /** Options shown after an "or" divider ("none of these", "I don't know"). */
  after: ChoiceOption[];
  dividerText?: string;
  checked(value: string): boolean;
  onToggle(value: string, on: boolean): void;
  invalid?: boolean;
}

/** The layout Radios and Checkboxes share; the first input's id is `${name}` so the error summary can link to it. */
export function Choices({ type, name, options, after, dividerText, checked, onToggle, invalid }: Props) {
  const item = (o: ChoiceOption, i: number) => {
    const id = i === 0 ? name : `${name}-${o.value}`;
    return (
      <div class={type === 'checkbox' ? 'choice choice--checkbox' : 'choice'} key={o.value}>
        <input
          class="choice__input"
          type={type}
          id={id}
          name={name}
          value={o.value}
          checked={checked(o.value)}
          onChange={(e) => onToggle(o.value, (e.currentTarget as HTMLInputElement).checked)}
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
