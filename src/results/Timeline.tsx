/**
 * The dated plan: an ordered list of what to do and the dates that matter. Each entry says when (a single
 * date or a range; "about" when the dates come from typical durations), what to do, who to contact, what
 * to bring and what to ask. Deadlines, periods and the copay review are marked by a label and an icon as well
 * as by colour.
 */
import type { TimelineEntry } from '../case/schema';
import { t } from '../i18n';
import { contactNameKey, contactWhatKey, documentKey, formatRange, joinList, questionKey, serviceName, stepBodyKey, stepTitleKey } from './format';

/** Dates a person must not miss: shown with a stronger mark. */
export const KEY_DATES = new Set(['turn-65', 'transition-period-end', 'transition-extension-end', 'retention-window', 'after-retention', 'choice-rule-2027', 'copay-review']);

const KIND_ICON: Record<TimelineEntry['kind'], string> = { step: '●', window: '↔', deadline: '★', review: '↻' };

export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const seen = new Map<string, number>();
  for (const e of entries) seen.set(e.step, (seen.get(e.step) ?? 0) + 1);
  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      <h2 class="heading-m" id="timeline-heading">
        {t('timeline:heading')}
      </h2>
      <p>{t('timeline:intro')}</p>
      <ol class="timeline__list">
        {entries.map((e, i) => (
          <TimelineItem key={`${e.step}-${e.from}-${i}`} entry={e} index={i} repeated={(seen.get(e.step) ?? 0) > 1} />
        ))}
      </ol>
    </section>
  );
}

/** `repeated`: the same step happens twice (services applied for at different times), so the title names them. */
function TimelineItem({ entry: e, index, repeated }: { entry: TimelineEntry; index: number; repeated: boolean }) {
  const key = KEY_DATES.has(e.step);
  const range = formatRange(e.from, e.to);
  const headingId = `timeline-${index}`;
  return (
    <li class={`timeline__item timeline__item--${e.kind}${key ? ' timeline__item--key' : ''}`}>
      <p class="timeline__when">
        <span class="timeline__kind">
          <span class="timeline__icon" aria-hidden="true">
            {KIND_ICON[e.kind]}
          </span>
          {t(`timeline:kind.${e.kind}`)}
          {key && <span class="timeline__key-label">{t('timeline:keyDate')}</span>}
        </span>
        <time class="timeline__date" dateTime={e.from}>
          {e.estimated ? t('timeline:about', { range }) : range}
        </time>
      </p>
      <h3 class="timeline__title" id={headingId}>
        {t(stepTitleKey(e.step))}
        {repeated && e.services.length > 0 && t('timeline:titleFor', { services: joinList(e.services.map(serviceName)) })}
      </h3>
      <p>{t(stepBodyKey(e.step))}</p>
      {e.services.length > 0 && <p class="timeline__services">{t('timeline:services', { services: joinList(e.services.map(serviceName)) })}</p>}
      <div class="timeline__detail">
        <p class="timeline__contact">
          <strong>{t('timeline:contactLabel')}</strong> {t(contactNameKey(e.contact))}
          <span class="timeline__contact-what">{t(contactWhatKey(e.contact))}</span>
        </p>
        {e.documents.length > 0 && (
          <>
            <p class="timeline__label">
              <strong>{t('timeline:documentsLabel')}</strong>
            </p>
            <ul class="timeline__documents">
              {e.documents.map((d) => (
                <li key={d}>{t(documentKey(d))}</li>
              ))}
            </ul>
          </>
        )}
        {e.questions.length > 0 && (
          <>
            <p class="timeline__label">
              <strong>{t('timeline:questionsLabel')}</strong>
            </p>
            <ul class="timeline__questions">
              {e.questions.map((q) => (
                <li key={q}>{t(questionKey(q))}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </li>
  );
}
