import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * The page's h1. With `focus`, it takes focus when it mounts, so a screen reader announces the new page
 * after a step change (a single-page app has no page load to do that).
 */
export function PageHeading({ children, focus, id, class: cls }: { children: ComponentChildren; focus?: boolean; id?: string; class?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, []);
  return (
    <h1 class={cls ?? 'heading-l'} tabIndex={-1} ref={ref} id={id}>
      {children}
    </h1>
  );
}
