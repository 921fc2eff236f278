/** Every locale file of the languages other than Japanese, loaded lazily (see loadLanguage in ./index). */
export const FILES = import.meta.glob<Record<string, unknown>>(['/locales/*/*.json', '!/locales/ja/*.json'], { import: 'default' });
