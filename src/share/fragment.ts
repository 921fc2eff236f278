/**
 * How a share link marks itself in the URL fragment: `#case=<link version>.<data>`. Kept apart from the codec
 * so the start-up code can recognise a link without loading the codec (or zod) on every visit.
 */
export const FRAGMENT_KEY = 'case=';

/** The fragment without its "#" when it is (or claims to be) a share link; null for anything else (e.g. "#main"). */
export function shareFragment(hash: string): string | null {
  const h = hash.charAt(0) === '#' ? hash.slice(1) : hash;
  return h.startsWith(FRAGMENT_KEY) ? h : null;
}
