import type { ComponentChildren } from 'preact';

interface Props {
  children: ComponentChildren;
  onClick?: () => void;
  type?: 'button' | 'submit';
  variant?: 'primary' | 'secondary' | 'warning' | 'link';
  lang?: string;
  pressed?: boolean;
  describedBy?: string;
}

/** A button at least 44 px high; "link" looks like a link but is a button (it acts, not navigates). */
export function Button({ children, onClick, type = 'button', variant = 'primary', lang, pressed, describedBy }: Props) {
  return (
    <button type={type} class={`button button--${variant}`} onClick={onClick} lang={lang} aria-pressed={pressed} aria-describedby={describedBy}>
      {children}
    </button>
  );
}
