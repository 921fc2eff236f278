/**
 * "ほかの相談先": the offices besides the municipality that the answers call for (Result.otherHelp, decided by the
 * engine from rules/help.ts): what each does, where to find the nearest one, and the sources behind it. The
 * official lists of these offices were not found, so the text says to ask the municipality (by name when known).
 */
import type { Reason, Result } from '../case/schema';
import { t } from '../i18n';
import { joinList, reasonText, reasonTitleKey, resultOffice } from './format';
import { Sources } from './ReasonList';
import { findText } from './Timeline';

export function OtherHelp({ result }: { result: Pick<Result, 'otherHelp' | 'timeline' | 'asOf'> }) {
  const help = result.otherHelp ?? [];
  if (!help.length) return null;
  const office = resultOffice(result);
  return (
    <section class="other-help" aria-labelledby="other-help-heading">
      <h2 class="heading-m" id="other-help-heading">
        {t('results:help.heading')}
      </h2>
      {/* Folded like the plan: the page stays short on a phone (issue 13); the names are in the summary. */}
      <details class="details other-help__more">
        <summary class="details__summary">
          {t('results:fold.help', { names: joinList(help.map((h) => t(`timeline:contacts.${String(h.params?.contact)}.short`))) })}
        </summary>
        <div class="details__body">
          <p>{t('results:help.intro')}</p>
          <ul class="other-help__list">
            {help.map((h) => (
              <li key={h.rule} class="other-help__item">
                <h3 class="other-help__name">{t(reasonTitleKey(h.rule))}</h3>
                <p>{reasonText(h, result.asOf)}</p>
                <p class="other-help__find">{listLine(h) ?? findText(office)}</p>
                <Sources reason={h} />
              </li>
            ))}
          </ul>
        </div>
      </details>
    </section>
  );
}

/** Where a rule names a source that publishes the official list: that source, as a link. None found so far. */
function listLine(h: Reason) {
  const id = h.params?.list;
  const src = typeof id === 'string' && id !== 'ask' ? h.sources.find((s) => s.id === id) : undefined;
  if (!src?.url) return undefined;
  return (
    <a href={src.url} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">
      {t('results:help.findList', { name: src.publisher ?? src.title })}
      <span class="visually-hidden">{t('results:sources.newTab')}</span>
    </a>
  );
}
