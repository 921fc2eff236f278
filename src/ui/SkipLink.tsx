/** The first focusable element: jumps past the header to the main content. */
export function SkipLink({ href, label }: { href: string; label: string }) {
  return (
    <a class="skip-link" href={href}>
      {label}
    </a>
  );
}
