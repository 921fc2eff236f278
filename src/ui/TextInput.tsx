interface Props {
  id: string;
  value: string;
  onInput(value: string): void;
  /** "numeric" brings up the number pad on phones; dates use "text" so 年 and / can be typed. */
  inputMode?: 'numeric' | 'text';
  autocomplete?: string;
  describedBy?: string;
  invalid?: boolean;
  /** Width in characters. */
  width?: number;
  /** A unit shown after the field (e.g. 歳, 円); the label or hint must say it too. */
  suffix?: string;
}

/** A text field that keeps exactly what was typed (never reformatted, never lost on an error). */
export function TextInput({ id, value, onInput, inputMode = 'text', autocomplete, describedBy, invalid, width, suffix }: Props) {
  return (
    <div class="input-wrapper">
      <input
        class={`input${invalid ? ' input--error' : ''}`}
        style={width ? { maxWidth: `${width + 2}ch` } : undefined}
        id={id}
        name={id}
        type="text"
        inputMode={inputMode}
        autoComplete={autocomplete ?? 'off'}
        spellcheck={false}
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        aria-describedby={describedBy || undefined}
        aria-invalid={invalid || undefined}
      />
      {suffix && (
        <span class="input__suffix" aria-hidden="true">
          {suffix}
        </span>
      )}
    </div>
  );
}
