/**
 * The app's texts for Preact: Japanese is bundled, other languages load when chosen. `t()` reads the `lang`
 * signal, so any component that calls it re-renders when the language changes. The files are read by ./lookup
 * (the one reader: i18next's lookup for what our locales use, without i18next; docs/decisions/007).
 *
 * Namespaces are the file names under locales/<lang>/: a new file (e.g. locales/ja/results.json and
 * locales/en/results.json) is picked up by the globs below with no code change. Namespaces other than
 * common and wizard load lazily: call loadAllNamespaces() before showing them.
 *
 * common.json and wizard.json hold only what the start page and the first question (age) need. The other
 * questions, their error messages and the check-your-answers page are in questions.json, and the banners,
 * the reset page and the results' status texts in later.json, under the same keys as before: a `wizard:` or
 * `common:` key finds them there (the deferred namespaces are looked up after the key's own), so the first page stays small and the code does not care.
 */
import { signal } from '@preact/signals';
import { PROXY_SUFFIX, resolve, translate, type Bundle, type Resources } from './lookup';
import { DEFAULT_LANGUAGE, LANGUAGES, findLanguage, type Language } from './languages';
import type { RubyHelpers } from './ruby';

export { LANGUAGES, DEFAULT_LANGUAGE, detectLanguage, findLanguage, type Language, type LanguageSources } from './languages';

/**
 * What the first question needs ships in the main chunk (Japanese common and wizard). Everything else
 * (the other questions, other languages, results, reasons, timeline…) is a lazy chunk per file.
 */
const bundled = import.meta.glob<Bundle>('/locales/ja/{common,wizard}.json', { eager: true, import: 'default' });
const lazy = import.meta.glob<Bundle>(['/locales/ja/*.json', '!/locales/ja/{common,wizard}.json'], { import: 'default' });
/**
 * The other languages' files are listed in a lazy module of their own: the list (a chunk name per file and
 * language) would otherwise cost the Japanese first page bytes for languages it does not show.
 */
let otherFiles: Promise<Record<string, () => Promise<Bundle>>> | undefined;
const otherLanguages = () => (otherFiles ??= import('./other-languages').then((m) => m.FILES));

function split(path: string): { lng: string; ns: string } {
  const m = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return { lng: m?.[1] ?? '', ns: m?.[2] ?? '' };
}

/** The namespaces the first page needs, in every language (loaded with a language). */
const SHELL_NAMESPACES = ['common', 'wizard'];
/** Looked up when a key is not in its own file; loaded once the first question is on screen. */
const DEFERRED_NAMESPACES = ['questions', 'later'];

/** Every namespace that exists in Japanese (the reference language). */
export const NAMESPACES: readonly string[] = [
  ...Object.keys(bundled).map((p) => split(p).ns),
  ...Object.keys(lazy)
    .filter((p) => split(p).lng === DEFAULT_LANGUAGE)
    .map((p) => split(p).ns),
];

/** The current language code. Read it (or call t) inside a component to re-render on change. */
export const lang = signal<string>(DEFAULT_LANGUAGE);

/** Bumped when a lazy bundle arrives, so text already on screen re-renders with it. */
const revision = signal(0);

/** Set once a language with readings was loaded (./ruby, a lazy chunk: Japanese and English never need it). */
let ruby: RubyHelpers | null = null;

const loadedFiles = new Set<string>(Object.keys(bundled));
/** Every file loaded so far, by language and namespace: what ./lookup reads. */
const resources: Resources = { [DEFAULT_LANGUAGE]: {} };
for (const [path, data] of Object.entries(bundled)) resources[DEFAULT_LANGUAGE]![split(path).ns] = data;
/** Once something asked for every namespace (the results page), language switches load them all too. */
let wantAll = false;
/** Once the deferred texts were asked for, language switches load them too. */
let wantDeferred = false;

/** Loads a language's namespace files (only the shell ones unless `all`), and its fallbacks'. */
export async function loadLanguage(code: string, all = wantAll): Promise<void> {
  const language = findLanguage(code);
  if (!language) return;
  // The furigana renderer comes with the first language that needs it, before its texts can show.
  const withRuby = language.ruby ? import('./ruby').then((m) => void (ruby = m.installRuby())) : undefined;
  const codes = [code, ...language.fallback];
  const files = code === DEFAULT_LANGUAGE ? lazy : { ...lazy, ...(await otherLanguages()) };
  const entries = Object.entries(files).filter(([p]) => {
    const { lng, ns } = split(p);
    return codes.includes(lng) && !loadedFiles.has(p) && (all || SHELL_NAMESPACES.includes(ns) || (wantDeferred && DEFERRED_NAMESPACES.includes(ns)));
  });
  if (entries.length === 0) return withRuby;
  const [bundles] = await Promise.all([Promise.all(entries.map(async ([p, load]) => [p, await load()] as const)), withRuby]);
  for (const [p, data] of bundles) {
    const { lng, ns } = split(p);
    (resources[lng] ??= {})[ns] = data;
    loadedFiles.add(p);
  }
  revision.value++;
}

/** Loads the texts the first page does not need (before any later question, banner or page). */
export async function loadDeferred(): Promise<void> {
  wantDeferred = true;
  await loadLanguage(lang.peek());
}

/** Loads every namespace of the current language (call before showing e.g. the results). */
export async function loadAllNamespaces(): Promise<void> {
  wantAll = true;
  await loadLanguage(lang.peek(), true);
}

/** Switches the language: loads it, then updates `lang` and <html lang>. Unknown codes are ignored. */
export async function setLanguage(code: string): Promise<void> {
  const language = findLanguage(code);
  if (!language) return;
  await loadLanguage(code);
  lang.value = code;
  if (typeof document !== 'undefined') document.documentElement.lang = language.htmlLang;
}

/** Starts in `code` (Japanese when unknown): its first-page files load; the others when asked for. */
export async function initI18n(code: string = DEFAULT_LANGUAGE): Promise<void> {
  await setLanguage(findLanguage(code) ? code : DEFAULT_LANGUAGE);
}

/** The current language's data (html lang, Intl locale, label). */
export function currentLanguage(): Language {
  return findLanguage(lang.value) ?? LANGUAGES[0]!;
}

/**
 * Translates `ns:key` (default namespace: common) in the current language. Params fill {{name}}; `count` picks
 * a plural form, `context` a `key_<context>` text; `defaultValue` is given when no text is found (else the key).
 */
export function t(key: string, params?: Record<string, unknown>): string {
  const lng = lang.value; // read the signals: the caller re-renders on a language change or a new bundle
  void revision.value;
  const { ns, k, codes } = parse(key, lng);
  return translate(resources, codes, [ns, ...DEFERRED_NAMESPACES], k, params) ?? k;
}

/**
 * `ns:key` (namespace default common) in a language: the namespace then the deferred ones, each in the
 * language then its fallbacks (ja-easy and en fall back to ja).
 */
function parse(key: string, lng: string): { ns: string; k: string; codes: string[] } {
  const at = key.indexOf(':');
  const [ns, k] = at < 0 ? ['common', key] : [key.slice(0, at), key.slice(at + 1)];
  const codes = [lng, ...(findLanguage(lng)?.fallback ?? [])].filter((c, i, all) => all.indexOf(c) === i);
  return { ns, k, codes };
}

/** True when the key has a text in the current language (or its fallbacks); a group of keys is not one. */
export function has(key: string): boolean {
  const lng = lang.value;
  void revision.value;
  const { ns, k, codes } = parse(key, lng);
  return resolve(resources, codes, [ns, ...DEFERRED_NAMESPACES], k) !== undefined;
}

/**
 * The key to show to a reader who answers for someone else (`proxy`): its `<key>Proxy` twin, which speaks of
 * "the person" / "ご本人" instead of "you" / "あなた" or "I" / "わたし", when the current language has one. A twin
 * is optional per language (where a text is neutral, as Japanese often is by leaving out the subject, it serves
 * every reader) and is never taken from a fallback language, so an English reader never gets a Japanese twin.
 */
export function voicedKey(key: string, proxy: boolean): string {
  if (!proxy) return key;
  const twin = key + PROXY_SUFFIX;
  const lng = lang.value;
  void revision.value;
  const { ns, k } = parse(twin, lng);
  return resolve(resources, [lng], [ns, ...DEFERRED_NAMESPACES], k) === undefined ? key : twin;
}

/** Yen with digit grouping in the language's style: 9,300円 / ¥9,300. */
export function formatYen(n: number): string {
  return t('common:format.yen', { amount: new Intl.NumberFormat(currentLanguage().intl).format(n) });
}

/** A plain number with digit grouping: 1,800,000. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(currentLanguage().intl).format(n);
}

/**
 * An ISO date as people write it: 2026年12月1日 / 1 December 2026; with readings in a language that has them
 * (2026{年|ねん}12{月|がつ}{1日|ついたち}). Invalid input is returned as is.
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  if (ruby && currentLanguage().ruby) return ruby.date(Number(m[1]), Number(m[2]), Number(m[3]));
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(currentLanguage().intl, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** t() without furigana readings, for text that is not rendered by Preact (a share sheet's title, a file name). */
export function tPlain(key: string, params?: Record<string, unknown>): string {
  const text = t(key, params);
  return ruby ? ruby.plainText(text) : text;
}

/** The document title for a page: "エラー：" / "Error: " first when the page shows errors; no readings. */
export function pageTitle(title: string, hasErrors = false): string {
  const app = t('common:app.name');
  const text = `${hasErrors ? t('common:error.titlePrefix') : ''}${title === app ? app : `${title} – ${app}`}`;
  return ruby ? ruby.plainText(text) : text;
}
