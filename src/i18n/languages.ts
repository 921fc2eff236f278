/**
 * The languages the app offers, as data. Adding one is one entry here plus a folder locales/<code>/ with the
 * same namespaces (tests/i18n/completeness.test.ts checks that every key is there).
 */
export interface Language {
  /** Our code, also the folder name under locales/. */
  code: string;
  /** The BCP 47 tag for <html lang> and lang attributes ("ja-easy" is still Japanese: "ja"). */
  htmlLang: string;
  /** The locale for Intl number and date formats. */
  intl: string;
  /** The language's own name, shown in the switch (never translated). */
  label: string;
  /** Languages to fall back to for a missing key. */
  fallback: string[];
  /** Its texts carry readings as {漢字|かんじ}, rendered as <ruby> (src/i18n/ruby.tsx). */
  ruby?: boolean;
}

export const LANGUAGES: readonly Language[] = [
  { code: 'ja', htmlLang: 'ja', intl: 'ja-JP', label: '日本語', fallback: [] },
  { code: 'en', htmlLang: 'en', intl: 'en-GB', label: 'English', fallback: ['ja'] },
  // やさしい日本語: short sentences, common words, furigana. Still Japanese for screen readers and fonts.
  { code: 'ja-easy', htmlLang: 'ja', intl: 'ja-JP', label: 'やさしい にほんご', fallback: ['ja'], ruby: true },
];

export const DEFAULT_LANGUAGE = 'ja';

export function findLanguage(code: string | null | undefined): Language | undefined {
  return code ? LANGUAGES.find((l) => l.code === code) : undefined;
}

/** Where a language choice can come from, in order of precedence. */
export interface LanguageSources {
  /** The ?lang= query value. */
  query?: string | null;
  /** The choice stored on this device. */
  stored?: string | null;
  /** navigator.languages. */
  navigator?: readonly string[];
}

/** Query, stored choice, navigator.languages (by exact code, then by primary subtag), then Japanese. */
export function detectLanguage(s: LanguageSources): string {
  for (const c of [s.query, s.stored]) if (findLanguage(c)) return c!;
  for (const tag of s.navigator ?? []) {
    const lower = tag.toLowerCase();
    const exact = LANGUAGES.find((l) => l.code === lower);
    if (exact) return exact.code;
    const primary = LANGUAGES.find((l) => l.code === lower.split('-')[0]);
    if (primary) return primary.code;
  }
  return DEFAULT_LANGUAGE;
}
