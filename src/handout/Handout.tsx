/**
 * The printed handout: one or two A4 pages a person can take to the municipality. The answers (compact),
 * each service's verdict and the reasons that matter, the monthly cap and why, the dated plan with who to
 * contact, what to bring and what to ask, the rules version and date, and that the municipality decides.
 * It reads a Result and decides nothing itself.
 */
import type { Reason, Result, ServiceResult, TimelineEntry } from '../case/schema';
import { formatDate, formatYen, t } from '../i18n';
import {
  contactName,
  documentKey,
  formatRange,
  joinList,
  questionKey,
  reasonText,
  reasonTitleKey,
  resultOffice,
  serviceName,
  stepTitleKey,
  withReading,
} from '../results/format';
import { STATUS_ICON, sortReasons } from '../results/ReasonList';
import { CostLines } from '../results/CostPanel';
import { VERDICT_ICON } from '../results/ServiceCard';

import { KEY_DATES } from '../results/Timeline';
import { QrCode } from '../share/QrCode';

/** One answer as the check-answers page shows it. */
export interface AnswerRow {
  id: string;
  label: string;
  value: string;
}

export interface HandoutProps {
  result: Result;
  answers: readonly AnswerRow[];
  /** The share link that reopens these results (made on the device); null while it is being made or if it cannot be. */
  link?: string | null;
}

/** Outcomes worth a full sentence on paper: what rules a service out and what is still open. */
const OPEN: ReadonlySet<Reason['status']> = new Set(['not-met', 'unknown', 'ask']);

export function Handout({ result, answers, link = null }: HandoutProps) {
  return (
    <article class="handout" aria-labelledby="handout-title">
      <header class="handout__header">
        <h2 class="handout__title" id="handout-title">
          {t('handout:title')}
        </h2>
        <p class="handout__basis">{t('handout:basis', { asOf: formatDate(result.asOf), rulesVersion: formatDate(result.rulesVersion) })}</p>
        <Place result={result} />
        <div class="handout__reopen">
          {link ? (
            <div class="handout__qr">
              <QrCode text={link} label={t('handout:reopen.qrLabel')} tooLong={t('handout:reopen.tooLong')} />
            </div>
          ) : null}
          <p class="handout__reopen-text">{t(link ? 'handout:reopen.text' : 'handout:reopen.noLink')}</p>
        </div>
        <p class="handout__decides">
          <span aria-hidden="true">! </span>
          <strong>{t('results:decides')}</strong>
        </p>
      </header>

      <section class="handout__section" aria-labelledby="handout-answers">
        <h3 class="handout__heading" id="handout-answers">
          {t('handout:sections.answers')}
        </h3>
        {answers.length ? (
          <dl class="handout__answers">
            {answers.map((a) => (
              <div class="handout__answer" key={a.id}>
                <dt>{a.label}</dt>
                <dd>{a.value}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p>{t('handout:answers.none')}</p>
        )}
      </section>

      <section class="handout__section" aria-labelledby="handout-services">
        <h3 class="handout__heading" id="handout-services">
          {t('handout:sections.services')}
        </h3>
        <div class="handout__services">
          {result.services.map((s, i) => (
            <ServiceBlock key={s.id} service={s} result={result} earlier={result.services.slice(0, i)} />
          ))}
        </div>
      </section>

      <MoneyBlock result={result} />

      <section class="handout__section" aria-labelledby="handout-timeline">
        <h3 class="handout__heading" id="handout-timeline">
          {t('handout:sections.timeline')}
        </h3>
        {result.timeline.some((e) => e.estimated) && <p class="handout__about">{t('handout:timeline.aboutLegend')}</p>}
        <table class="handout__timeline">
          <thead>
            <tr>
              <th scope="col">{t('handout:timeline.when')}</th>
              <th scope="col">{t('handout:timeline.whatAsk')}</th>
            </tr>
          </thead>
          <tbody>
            {result.timeline.map((e, i) => (
              <TimelineRow key={`${e.step}-${i}`} entry={e} asked={result.timeline.slice(0, i).flatMap((x) => x.questions)} />
            ))}
          </tbody>
        </table>
        <Documents entries={result.timeline} />
        {result.otherHelp?.length ? (
          <p class="handout__other-help">{t('handout:otherHelp', { list: joinList(result.otherHelp.map((h) => t(reasonTitleKey(h.rule)))) })}</p>
        ) : null}
      </section>

      <section class="handout__write" aria-label={t('handout:sections.write')}>
        <div class="handout__box-field">
          <p class="handout__box-label">{t('handout:write.office')}</p>
        </div>
        <div class="handout__box-field">
          <p class="handout__box-label">{t('handout:write.notes')}</p>
        </div>
      </section>

      <footer class="handout__footer">
        <p>{t('handout:footer')}</p>
      </footer>
    </article>
  );
}

/**
 * The municipality the case names, with its official site printed in full (paper has no links) and the date of
 * the data; for a 指定都市, that the ward office is the counter (the engine's wording on the plan's steps).
 */
function Place({ result }: { result: Result }) {
  const m = result.municipality;
  if (!m) return null;
  const office = resultOffice(result);
  return (
    <p class="handout__place">
      <span class="handout__place-name">
        {t('handout:place.line', { prefecture: withReading(m.prefecture, m.prefectureKana), name: withReading(m.name, m.kana) })}
      </span>
      {office && office.counter !== 'municipality' && <span> {t('handout:place.designated')}</span>}{' '}
      <span class="handout__place-site">{t('handout:place.site', { url: m.officialSite, date: formatDate(m.dataDate) })}</span>
    </p>
  );
}

/**
 * The reasons a service block prints in full: what is still open for a service that is likely or possible.
 * For one that does not fit now only the names of the unmet conditions are printed (paper is short; the
 * results page has the sentences).
 */
function printed(s: ServiceResult): Reason[] {
  return s.verdict === 'unlikely' ? [] : sortReasons(s.reasons).filter((r) => OPEN.has(r.status));
}

function ServiceBlock({ service: s, result, earlier }: { service: ServiceResult; result: Result; earlier: readonly ServiceResult[] }) {
  const reasons = printed(s);
  // A sentence already printed for a service above is named, not repeated (paper is short).
  const above = (r: Reason) => earlier.some((e) => printed(e).some((x) => reasonText(x, result.asOf) === reasonText(r, result.asOf)));
  const fresh = reasons.filter((r) => !above(r));
  const repeated = reasons.filter(above);
  const met = s.verdict === 'unlikely' ? [] : s.reasons.filter((r) => r.status === 'met');
  const notMet = s.verdict === 'unlikely' ? sortReasons(s.reasons).filter((r) => r.status === 'not-met') : [];
  const choice = result.services.find((x) => x.id === 'employment-choice');
  const choiceFirst = s.id !== 'employment-choice' && choice?.verdict !== 'unlikely' && (choice?.requiredBefore ?? []).includes(s.id);
  return (
    <div class={`handout__service handout__service--${s.verdict}`}>
      <p class="handout__service-head">
        <strong class="handout__service-name">{serviceName(s.id)}</strong>
        <span class="handout__verdict">
          <span aria-hidden="true">{VERDICT_ICON[s.verdict]} </span>
          {t(`results:verdict.${s.verdict}`)}
        </span>
      </p>
      {s.opensOn && <p class="handout__key">{t('results:service.opensOn', { date: formatDate(s.opensOn) })}</p>}
      {s.requiredBefore?.length ? (
        <p class="handout__key">
          {t('results:service.requiredBefore', {
            services: joinList(
              s.requiredBefore.map((id) => (id === 'employment-transition' ? t('results:service.employment-transition.extension') : serviceName(id))),
            ),
          })}
        </p>
      ) : null}
      {choiceFirst && s.verdict !== 'unlikely' && (
        <p class="handout__key">{t(s.id === 'employment-transition' ? 'results:service.choiceFirstExtension' : 'results:service.choiceFirst')}</p>
      )}
      {fresh.length > 0 && (
        <ul class="handout__reasons">
          {fresh.map((r, i) => (
            <li key={`${r.rule}-${i}`}>
              {/* Under "depends on the municipality" the label "the municipality decides" would only repeat it. */}
              {!(r.status === 'ask' && s.verdict === 'possible') && (
                <span class="handout__status">
                  <span aria-hidden="true">{STATUS_ICON[r.status]} </span>
                  {t(`results:status.${r.status}`)}
                  {t('results:status.separator')}
                </span>
              )}
              {reasonText(r, result.asOf)}
            </li>
          ))}
        </ul>
      )}
      {/* A sentence already printed for a service above is named once, in one line, not repeated. */}
      {repeated.length > 0 && (
        <p class="handout__as-above">{t('handout:service.asAbove', { list: joinList(repeated.map((r) => t(reasonTitleKey(r.rule)))) })}</p>
      )}
      {notMet.length > 0 && <p class="handout__not-met">{t('handout:service.notMet', { list: joinList(notMet.map((r) => t(reasonTitleKey(r.rule)))) })}</p>}
      {met.length > 0 && <p class="handout__met">{t('handout:service.met', { list: joinList(met.map((r) => t(reasonTitleKey(r.rule)))) })}</p>}
    </div>
  );
}

function MoneyBlock({ result }: { result: Result }) {
  const c = result.copay;
  const known = c.monthlyCap !== null && c.category !== 'unknown';
  const why = c.reasons.filter((r) => r.topic === 'why');
  const caps = c.possibleCaps ?? [];
  // The plan below lists the review on its date (a key date): on paper it is said there, once.
  const reviewInPlan = result.timeline.some((e) => e.step === 'copay-review' && e.from === c.reviewOn);
  return (
    <section class="handout__section handout__money" aria-labelledby="handout-money">
      <h3 class="handout__heading" id="handout-money">
        {t('handout:sections.money')}
      </h3>
      <p class="handout__cap">
        <strong>
          {known ? t('handout:money.cap', { amount: formatYen(c.monthlyCap!) }) : t('handout:money.cap', { amount: t('results:copay.unknownAmount') })}
        </strong>
        {c.estimated && t('handout:money.estimated')}
        {'　'}
        {t('handout:money.category', { name: t(`results:copay.category.${c.category}.name`) })}
      </p>
      {!known && caps.length > 0 && (
        <p>
          {t('handout:money.candidates', {
            caps: joinList(caps.map((k) => `${formatYen(k.monthlyCap)}${t('results:copay.capOf', { name: t(`results:copay.category.${k.category}.name`) })}`)),
          })}
        </p>
      )}
      {c.fromJuly && (
        <p>
          {t('results:copay.fromJuly.line', {
            date: formatDate(c.fromJuly.on),
            value:
              c.fromJuly.monthlyCap !== null && c.fromJuly.category !== 'unknown'
                ? t('results:copay.fromJuly.cap', { amount: formatYen(c.fromJuly.monthlyCap), name: t(`results:copay.category.${c.fromJuly.category}.name`) })
                : t('results:copay.unknownAmount'),
          })}
        </p>
      )}
      <ul class="handout__why">
        {/* Why this cap; what is paid on top of it is on the results page (paper is short). */}
        {why.map((r, i) => (
          <li key={`${r.rule}-${i}`}>{reasonText(r, result.asOf)}</li>
        ))}
      </ul>
      {/* What the planned days cost, the fee note and the next review share one paragraph: short lines run on. */}
      <p>
        {c.estimate && (
          <>
            {c.estimate.basis === 'zero'
              ? t('results:copay.estimate.zero', { days: c.estimate.daysPerMonth })
              : t('results:copay.estimate.atMost', { days: c.estimate.daysPerMonth, amount: formatYen(c.estimate.monthly) })}{' '}
          </>
        )}
        <CostLines result={result} />
        {!reviewInPlan && <strong>{t('results:copay.reviewOn', { date: formatDate(c.reviewOn) })}</strong>}
      </p>
    </section>
  );
}

/** A date that starts with its year (2026年…, with or without its reading), as formatDate writes Japanese dates. */
const LEADING_YEAR = /^\d{4}(?:年|\{年\|ねん\})/;

/**
 * A range on paper, where a line is short: a year that starts both dates is said once (2026年11月24日〜12月8日).
 * Dates that put the year last (English) are printed in full.
 */
export function paperRange(from: string, to: string): string {
  if (from === to) return formatRange(from, to);
  const [start, end] = [formatDate(from), formatDate(to)];
  const year = LEADING_YEAR.exec(start)?.[0];
  return t('timeline:range', { from: start, to: year && end.startsWith(year) ? end.slice(year.length) : end });
}

/** One step of the plan; a question already listed for an earlier step is not repeated. */
function TimelineRow({ entry: e, asked }: { entry: TimelineEntry; asked: readonly string[] }) {
  const range = paperRange(e.from, e.to);
  const questions = e.questions.filter((q) => !asked.includes(q));
  const key = KEY_DATES.has(e.step);
  return (
    <tr class={`handout__step${key ? ' handout__step--key' : ''}`}>
      <td class="handout__when">
        {e.estimated ? t('handout:timeline.about', { range }) : range}
        {key && <span class="handout__keydate">★ {t('timeline:keyDate')}</span>}
      </td>
      <td>
        <strong>
          {t(stepTitleKey(e.step))}
          {t('timeline:titleFor', { services: joinList(e.services.map((id) => t(`handout:timeline.service.${id}`))) })}
        </strong>{' '}
        <span class="handout__contact">{contactName(e)}</span>
        {questions.length > 0 && (
          // The questions run on as one paragraph, not a list: a step takes two or three lines, not ten.
          <p class="handout__questions">
            <span class="handout__ask">{t('handout:timeline.ask')}</span>
            {questions.map((q) => (
              <span class="handout__question" key={q}>
                {t(questionKey(q))}{' '}
              </span>
            ))}
          </p>
        )}
      </td>
    </tr>
  );
}

/** What to bring, once each, as a checklist with the steps that need it. */
function Documents({ entries }: { entries: readonly TimelineEntry[] }) {
  const steps = new Map<string, string[]>();
  for (const e of entries) for (const d of e.documents) steps.set(d, [...(steps.get(d) ?? []), t(stepTitleKey(e.step))]);
  if (steps.size === 0) return null;
  return (
    <div class="handout__documents">
      <h4 class="handout__subheading">{t('handout:timeline.bring')}</h4>
      <p class="handout__documents-intro">{t('handout:timeline.bringIntro')}</p>
      <ul class="handout__checklist">
        {[...steps].map(([d, used]) => (
          <li key={d}>
            <span class="handout__box" aria-hidden="true">
              □
            </span>{' '}
            {t(documentKey(d))}
            <span class="handout__used">{t('handout:timeline.bringFor', { steps: joinList([...new Set(used)]) })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
