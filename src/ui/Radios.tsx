import { Choices, type ChoiceOption } from './Choices';

export type { ChoiceOption };

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

/** Radio buttons; the first input's id is `${name}`. */
export function Radios({ after = [], value, onChange, ...rest }: Props) {
  return <Choices type="radio" {...rest} after={after} checked={(v) => value === v} onToggle={onChange} />;
}
