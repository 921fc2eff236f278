import { LANGUAGES, lang, t } from '../i18n';

/** One button per language, each labelled in its own language (with its lang attribute). */
export function LanguageSwitch({ onChoose }: { onChoose(code: string): void }) {
  const current = lang.value;
  return (
    <div class="language-switch" role="group" aria-label={t('common:language.label')}>
      {LANGUAGES.map((l) => (
        <button
          key={l.code}
          type="button"
          class="language-switch__button"
          lang={l.htmlLang}
          aria-pressed={l.code === current}
          onClick={() => l.code !== current && onChoose(l.code)}
        >
          {l.label}
        </button>
      ))}
    </div>
  );
}
