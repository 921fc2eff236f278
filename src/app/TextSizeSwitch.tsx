/**
 * The reading size: three steps that scale the root font size (every length in the stylesheets is in rem or
 * em, so the whole page reflows). The step is an attribute on <html>, so the stylesheet, not inline style, sizes it.
 */
import { signal } from '@preact/signals';
import { t } from '../i18n';

/** Percent of the browser's own font size; the person's browser setting still applies on top. */
export const TEXT_SIZES = ['100', '125', '150'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const textSize = signal<TextSize>('100');

/** Applies a stored or chosen size; anything unknown (an old or damaged value) is the standard size. */
export function applyTextSize(value: string | null): TextSize {
  const size = (TEXT_SIZES as readonly string[]).includes(value ?? '') ? (value as TextSize) : '100';
  textSize.value = size;
  document.documentElement.setAttribute('data-text-size', size);
  return size;
}

export function TextSizeSwitch({ onChoose }: { onChoose(size: TextSize): void }) {
  const current = textSize.value;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of toggle buttons in the header; a fieldset would need a legend and its own layout
    <div class="text-size" role="group" aria-labelledby="text-size-label">
      <span class="text-size__label" id="text-size-label">
        {t('common:textSize.label')}
      </span>
      {TEXT_SIZES.map((s) => (
        <button key={s} type="button" class={`text-size__button text-size__button--${s}`} aria-pressed={s === current} onClick={() => onChoose(s)}>
          {t(`common:textSize.${s}`)}
        </button>
      ))}
    </div>
  );
}
