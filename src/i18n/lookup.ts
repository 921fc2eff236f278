/**
 * The one reader of the locale files (docs/decisions/007-one-locale-reader.md). i18next would be half of the
 * first question's JavaScript budget, and the app uses a small part of it, so t() reads the files here, the
 * way i18next (which the locales were written for) reads them: namespace then language fallbacks, nested keys
 * and keys containing dots, {{name}} placeholders (not escaped: Preact escapes text), `_one`/`_other` (and
 * `_zero` for 0) plural keys for a numeric `count`, `_<context>` keys for a `context`, and `defaultValue`.
 * tests/i18n/lookup.test.ts checks every key of every file, and the lookup against i18next over generated
 * files; it fails if a locale starts using anything else (nesting, formats, other plural forms).
 */
export type Bundle = Record<string, unknown>;

/**
 * A text's third-person twin is the key `<key>Proxy` (a plain suffix, not a `_context`): shown instead of the
 * text when a family member or supporter answers for the person (voicedKey in ./index).
 */
export const PROXY_SUFFIX = 'Proxy';
/** language → namespace → that file's texts. */
export type Resources = Record<string, Record<string, Bundle>>;

const own = (o: object, k: string) => Object.hasOwn(o, k);

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

/**
 * The keys to try for one language, most specific first, in i18next's order: with a context
 * (`key_ctx_zero`, `key_ctx_one`, `key_ctx`), then without (`key_zero`, `key_one`, `key`).
 */
function candidates(key: string, code: string, params?: Record<string, unknown>): string[] {
  const count = params?.count;
  const context = params?.context;
  const forms = (k: string) => (typeof count === 'number' ? [...(count === 0 ? [`${k}_zero`] : []), `${k}_${pluralCategory(code, count)}`, k] : [k]);
  // i18next takes a context that is a non-empty string or a number; anything else means none.
  const withContext = (typeof context === 'string' && context !== '') || typeof context === 'number' ? forms(`${key}_${context}`) : [];
  return [...withContext, ...forms(key)];
}

/** The text for `ns:key` (namespace first, then each language), or undefined. */
export function resolve(
  resources: Resources,
  codes: readonly string[],
  namespaces: readonly string[],
  key: string,
  params?: Record<string, unknown>,
): string | undefined {
  for (const ns of namespaces) {
    for (const code of codes) {
      for (const k of candidates(key, code, params)) {
        // The first value found ends the search, as in i18next; one that is not a text (a group of keys) is none.
        const v = find(resources[code]?.[ns], k);
        if (v != null) return typeof v === 'string' ? v : undefined;
      }
    }
  }
  return undefined;
}

/** The text for `ns:key` with its placeholders filled; failing that `defaultValue` (filled), or undefined. */
export function translate(
  resources: Resources,
  codes: readonly string[],
  namespaces: readonly string[],
  key: string,
  params?: Record<string, unknown>,
): string | undefined {
  const text = resolve(resources, codes, namespaces, key, params);
  if (text !== undefined) return interpolate(text, params);
  return params?.defaultValue === undefined ? undefined : interpolate(String(params.defaultValue), params);
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
