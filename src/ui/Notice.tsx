import type { ComponentChildren } from 'preact';

/**
 * A notice banner. "status" is announced politely (offline ready, update available); "warning" is for
 * something the person should act on (answers not kept, saved answers not restored).
 */
export function Notice({
  title,
  children,
  tone = 'info',
  live = false,
}: {
  title: string;
  children?: ComponentChildren;
  tone?: 'info' | 'warning' | 'success';
  live?: boolean;
}) {
  return (
    <section class={`notice notice--${tone}`} role={live ? 'status' : undefined} aria-label={title}>
      <p class="notice__title">{title}</p>
      {children}
    </section>
  );
}
