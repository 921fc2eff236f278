/**
 * The first page's reader of the locale files: i18next is a third of the JavaScript the first question would
 * need, so it loads once that question is on screen, and until then t() reads the loaded files here. This
 * follows i18next's own lookup for what our locales use: namespace then language fallbacks, nested keys and
 * keys containing dots, {{name}} placeholders, and _one/_other plural keys for a numeric `count`.
 * tests/i18n/lookup.test.ts holds it to i18next's output for every key of every file, and fails if a locale
 * starts using anything else (nesting, formats, context).
 */
export type Bundle = Record<string, unknown>;
/** language → namespace → that file's texts. */
export type Resources = Record<string, Record<string, Bundle>>;

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The value at a nested key; failing that, with keys that contain dots ("type-a.provisional"). */
function find(bundle: Bundle | undefined, key: string): unknown {
  if (!bundle) return undefined;
  let v: unknown = bundle;
  for (const k of key.split('.')) v = v && typeof v === 'object' && own(v, k) ? (v as Bundle)[k] : undefined;
  if (v != null) return v;
  if (own(bundle, key) && bundle[key]) return bundle[key]; // i18next tests the whole key for a truthy value only
  const tokens = key.split('.');
  let current: unknown = bundle;
  for (let i = 0; i < tokens.length; ) {
    if (!current || typeof current !== 'object') return undefined;
    let next: unknown;
    let path = '';
    for (let j = i; j < tokens.length; j++) {
      path += (j === i ? '' : '.') + tokens[j];
      next = own(current, path) ? (current as Bundle)[path] : undefined;
      if (next !== undefined) {
        if (typeof next !== 'object' && j < tokens.length - 1) continue;
        i = j + 1;
        break;
      }
    }
    if (next === undefined) return undefined;
    current = next;
  }
  return current;
}

function pluralCategory(code: string, count: number): string {
  for (const c of [code, code.split('-')[0]!]) {
    try {
      return new Intl.PluralRules(c).select(count);
    } catch {
      /* not a locale Intl knows: try the language part */
    }
  }
  return count === 1 ? 'one' : 'other';
}

/** The text for `ns:key` (namespace first, then each language), or undefined. */
export function resolve(resources: Resources, codes: readonly string[], namespaces: readonly string[], key: string, params?: Record<string, unknown>): string | undefined {
  const count = params?.count;
  for (const ns of namespaces) {
    for (const code of codes) {
      const keys = typeof count === 'number' ? [`${key}_${pluralCategory(code, count)}`, key] : [key];
      for (const k of keys) {
        // The first value found ends the search, as in i18next; one that is not a text (a group of keys) is none.
        const v = find(resources[code]?.[ns], k);
        if (v != null) return typeof v === 'string' ? v : undefined;
      }
    }
  }
  return undefined;
}

/** Fills {{name}} from params; a placeholder with no such param is left as it is. */
export function interpolate(text: string, params: Record<string, unknown> = {}): string {
  return text.replace(/\{\{(.+?)\}\}/g, (whole, name: string) => {
    const k = name.trim();
    if (!own(params, k)) return whole;
    const v = params[k];
    return v == null ? '' : String(v);
  });
}
