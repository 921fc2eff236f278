import { LANGUAGES, lang, t } from '../i18n';

/** One button per language, each labelled in its own language (with its lang attribute). */
export function LanguageSwitch({ onChoose }: { onChoose(code: string): void }) {
  const current = lang.value;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of toggle buttons in the header; a fieldset would need a legend and its own layout
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
