/**
 * The dated plan: an ordered list of what to do and the dates that matter. Each entry says when (a single
 * date or a range; "about" when the dates come from typical durations), what to do, who to contact, what
 * to bring and what to ask. Deadlines, periods and the copay review are marked by a label and an icon as well
 * as by colour.
 */
import { useState } from 'preact/hooks';
import type { Reason, TimelineEntry, TimelineOffice } from '../case/schema';
import { formatDate, t } from '../i18n';
import {
  contactName,
  contactWhatKey,
  documentKey,
  formatRange,
  joinList,
  officeSearchWords,
  questionKey,
  resultOffice,
  serviceName,
  stepBodyKey,
  stepTitleKey,
  withReading,
} from './format';

/** Dates a person must not miss: shown with a stronger mark. */
export const KEY_DATES = new Set([
  'turn-65',
  'decision-end',
  'transition-period-end',
  'transition-extension-end',
  'retention-window',
  'after-retention',
  'choice-rule-2027',
  'copay-review',
]);

const KIND_ICON: Record<TimelineEntry['kind'], string> = { step: '●', window: '↔', deadline: '★', review: '↻' };

/** The .ics builder is its own chunk, fetched on the first "add to calendar". */
const loadCalendar = () => import('./calendar/download');

/**
 * Where to find the nearest office of a kind the results name as other help: the municipality's counter knows
 * (the official lists were not found), by its name where the case names it [11.3–11.5].
 */
export function findText(office: TimelineOffice | undefined): string {
  const place = office ? contactName({ contact: 'municipality', office }) : t('timeline:contacts.municipality.name');
  return t('results:help.findAsk', { place });
}

export function Timeline({ entries, otherHelp = [] }: { entries: readonly TimelineEntry[]; otherHelp?: readonly Reason[] }) {
  const office = resultOffice({ timeline: [...entries] });
  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      <h2 class="heading-m" id="timeline-heading">
        {t('timeline:heading')}
      </h2>
      <p>{t('timeline:intro')}</p>
      {entries.length > 0 && <AddToCalendar entries={entries} />}
      {/* The first step is in the summary at the top; the whole plan is one disclosure away. */}
      <details class="details timeline__more">
        <summary class="details__summary">{t('results:fold.plan', { count: entries.length })}</summary>
        <ol class="timeline__list">
          {entries.map((e, i) => (
            <TimelineItem key={`${e.step}-${e.from}-${i}`} entry={e} index={i} help={otherHelp.find((h) => h.params?.contact === e.contact)} office={office} />
          ))}
        </ol>
      </details>
    </section>
  );
}

/** "カレンダーに追加": saves the dated steps as an .ics file made on this device. */
function AddToCalendar({ entries }: { entries: readonly TimelineEntry[] }) {
  const [status, setStatus] = useState('');
  const save = () => {
    setStatus('');
    loadCalendar().then(
      (m) => {
        m.downloadPlan(entries);
        setStatus(t('timeline:calendar.done'));
      },
      () => setStatus(t('timeline:calendar.failed')),
    );
  };
  return (
    <div class="timeline__calendar">
      <button type="button" class="button button--secondary" onClick={save} aria-describedby="timeline-calendar-hint">
        {t('timeline:calendar.button')}
      </button>
      <p class="hint" id="timeline-calendar-hint">
        {t('timeline:calendar.hint')}
      </p>
      <p class="timeline__calendar-status" role="status">
        {status}
      </p>
    </div>
  );
}

/** Every step names the services it is for, in its title. */
function TimelineItem({ entry: e, index, help, office }: { entry: TimelineEntry; index: number; help?: Reason; office?: TimelineOffice }) {
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
        {t('timeline:titleFor', { services: joinList(e.services.map(serviceName)) })}
      </h3>
      <p>{t(stepBodyKey(e.step))}</p>
      <div class="timeline__detail">
        <p class="timeline__contact">
          <strong>{t('timeline:contactLabel')}</strong> {contactName(e)}
          <span class="timeline__contact-what">{t(contactWhatKey(e.contact))}</span>
          {help && <span class="timeline__contact-what">{findText(office)}</span>}
        </p>
        {e.office && <OfficeLinks office={e.office} service={e.services[0]} />}
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

/**
 * The municipality's official site (a link the person may follow; the app itself requests nothing), the date of
 * the data it comes from, and words to find its 障害福祉 page. No phone number or department name: not in the data.
 */
export function OfficeLinks({ office, service }: { office: TimelineOffice; service?: string }) {
  return (
    <p class="timeline__office">
      {office.counter !== 'municipality' && <span class="timeline__office-line">{t('timeline:office.wardNote')}</span>}
      <span class="timeline__office-line">
        <a href={office.officialSite} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">
          {t('timeline:office.site', { name: withReading(office.name, office.kana), date: formatDate(office.dataDate) })}
          <span class="visually-hidden">{t('results:sources.newTab')}</span>
        </a>
      </span>
      <span class="timeline__office-line">{t('timeline:office.search', { words: officeSearchWords(office, service) })}</span>
    </p>
  );
}
