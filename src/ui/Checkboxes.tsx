import { Choices, type ChoiceOption } from './Choices';

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
export function Checkboxes({ exclusive = [], values, onChange, ...rest }: Props) {
  const exclusiveValues = exclusive.map((o) => o.value);
  const toggle = (v: string, on: boolean) => {
    if (!on) return onChange(values.filter((x) => x !== v));
    if (exclusiveValues.includes(v)) return onChange([v]);
    onChange([...values.filter((x) => !exclusiveValues.includes(x)), v]);
  };
  return <Choices type="checkbox" {...rest} after={exclusive} checked={(v) => values.includes(v)} onToggle={toggle} />;
}
