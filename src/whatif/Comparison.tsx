/**
 * Two results side by side: first what changes, in words (the monthly cap in yen above all), then tables
 * with the person's answers and the what-if in two columns. A changed row says "changed" in words and is
 * marked by a border and a symbol as well, never by colour alone. On a phone each row's two values stack.
 */
import type { ComponentChildren } from 'preact';
import type { Case, Result } from '../case/schema';
import type { CopayCategory } from '../case/enums';
import { formatDate, formatYen, t } from '../i18n';
import { getField } from '../state';
import { formatRange, joinList, reasonText, reasonTitleKey, requiredBeforeName, serviceName, stepTitleKey } from '../results/format';
import { VERDICT_ICON } from '../results/ServiceCard';
import { questionForField } from '../wizard';
import { formatAnswer } from '../wizard/answers';
import { answerChanges, diffResults, type AnswerChange, type Change, type RequirementDiff, type When } from './diff';

interface Props {
  before: Result;
  after: Result;
  beforeCase: Case;
  afterCase: Case;
  /** The case paths the person set in the form: only these are marked as changed by them. */
  edited: readonly string[];
}

const NOTE_ID = 'whatif-mark-note';

export function Comparison({ before, after, beforeCase, afterCase, edited }: Props) {
  const diff = diffResults(before, after);
  const answers = answerChanges(beforeCase, afterCase, edited).filter((a) => a.field !== 'asOf' && questionForField(a.field));
  const movedSteps = diff.timeline.filter((r) => r.changed).length;
  const changedServices = diff.services.filter((s) => s.changed);

  return (
    <div class="compare">
      <CapSummary cap={diff.copay.monthlyCap} possible={diff.copay.possibleCaps} delta={diff.copay.capDelta} />

      <div class="compare__summary">
        <h3 class="compare__summary-heading">{t('whatif:summary.heading')}</h3>
        {diff.changed ? (
          <ul class="compare__summary-list">
            {diff.asOf.changed && <li>{t('whatif:summary.asOf', { before: formatDate(diff.asOf.before), after: formatDate(diff.asOf.after) })}</li>}
            {changedServices.map((s) =>
              s.verdict.changed ? (
                <li key={s.id}>
                  {t('whatif:summary.service', {
                    service: serviceName(s.id),
                    before: t(`results:verdict.${s.verdict.before}`),
                    after: t(`results:verdict.${s.verdict.after}`),
                  })}
                </li>
              ) : (
                <li key={s.id}>
                  {t('whatif:summary.opensOn', { service: serviceName(s.id), before: dateOrNone(s.opensOn.before), after: dateOrNone(s.opensOn.after) })}
                </li>
              ),
            )}
            {diff.requirements.map((r) => (
              <li key={`${r.first}>${r.service}`}>
                {t('whatif:summary.requirement', { label: requirementLabel(r), before: yesNo(r.before), after: yesNo(r.after) })}
              </li>
            ))}
            {diff.reasons.length > 0 && <li>{t('whatif:summary.reasons', { count: diff.reasons.length })}</li>}
            {diff.copay.category.changed && (
              <li>
                {t('whatif:rows.category')}
                {t('results:status.separator')}
                {categoryName(diff.copay.category.before)} → {categoryName(diff.copay.category.after)}
              </li>
            )}
            {movedSteps > 0 && <li>{t('whatif:summary.timeline', { count: movedSteps })}</li>}
          </ul>
        ) : (
          <p>{t('whatif:summary.nothing')}</p>
        )}
      </div>

      <p class="compare__note" id={NOTE_ID}>
        <span class="compare__tag compare__tag--sample" aria-hidden="true">
          ▲ {t('whatif:result.changed')}
        </span>{' '}
        {t('whatif:result.markNote')}
      </p>

      {(answers.length > 0 || diff.asOf.changed) && (
        <CompareTable caption={t('whatif:tables.answers')}>
          {diff.asOf.changed && <Row label={t('whatif:rows.asOf')} change={{ ...diff.asOf }} show={formatDate} />}
          {answers.map((a) => (
            <AnswerRow key={a.field} change={a} beforeCase={beforeCase} afterCase={afterCase} />
          ))}
        </CompareTable>
      )}

      <CompareTable caption={t('whatif:tables.money')}>
        <Row
          label={t('whatif:rows.cap')}
          change={diff.copay.monthlyCap}
          show={(cap, side) => capText(cap, side === 'before' ? diff.copay.possibleCaps.before : diff.copay.possibleCaps.after)}
          strong
        />
        <Row label={t('whatif:rows.category')} change={diff.copay.category} show={categoryName} />
        <Row label={t('whatif:rows.basis')} change={diff.copay.estimated} show={(e) => t(e ? 'whatif:values.estimated' : 'whatif:values.fromTax')} />
        {diff.copay.household.changed && (
          <Row label={t('whatif:rows.household')} change={diff.copay.household} show={(h) => t(`whatif:values.household.${h}`)} />
        )}
        {diff.copay.reviewOn.changed && <Row label={t('whatif:rows.reviewOn')} change={diff.copay.reviewOn} show={formatDate} />}
        {(diff.copay.fromJuly.before || diff.copay.fromJuly.after) && <Row label={t('whatif:rows.fromJuly')} change={diff.copay.fromJuly} show={julyText} />}
      </CompareTable>

      <CompareTable caption={t('whatif:tables.services')}>
        {diff.services.map((s) => (
          <Row
            key={s.id}
            label={serviceName(s.id)}
            change={{ before: [s.verdict.before, s.opensOn.before] as const, after: [s.verdict.after, s.opensOn.after] as const, changed: s.changed }}
            show={([v, opens]) => (
              <>
                <span aria-hidden="true">{VERDICT_ICON[v]} </span>
                {t(`results:verdict.${v}`)}
                {opens && <span class="compare__sub">{t('results:service.opensOn', { date: formatDate(opens) })}</span>}
              </>
            )}
          />
        ))}
      </CompareTable>

      {(diff.requirements.length > 0 || diff.reasons.length > 0) && (
        <CompareTable caption={t('whatif:tables.requirements')}>
          {diff.requirements.map((r) => (
            <Row key={`${r.first}>${r.service}`} label={requirementLabel(r)} change={{ before: r.before, after: r.after, changed: true }} show={yesNo} />
          ))}
          {diff.reasons.map((r) => (
            <Row
              key={`${r.service}:${r.rule}`}
              label={t('whatif:rows.reason', { service: serviceName(r.service), title: t(reasonTitleKey(r.rule)) })}
              change={{ before: r.before, after: r.after, changed: true }}
              show={(x, side) => (x ? reasonText(x, side === 'before' ? before.asOf : after.asOf) : t('whatif:values.noReason'))}
            />
          ))}
        </CompareTable>
      )}

      <CompareTable caption={t('whatif:tables.timeline')}>
        {diff.timeline.map((r) => (
          <Row key={r.key} label={t(stepTitleKey(r.step))} change={{ before: r.before, after: r.after, changed: r.changed }} show={whenText} />
        ))}
      </CompareTable>
    </div>
  );
}

/**
 * One answer that differs. Only the person's own changes are marked "changed"; an answer the what-if no
 * longer uses (its question no longer applies) or one that moved with another answer is shown unmarked,
 * with a note saying why.
 */
function AnswerRow({ change: a, beforeCase, afterCase }: { change: AnswerChange; beforeCase: Case; afterCase: Case }) {
  const q = questionForField(a.field)!;
  const show = (v: unknown, side: 'before' | 'after') => {
    if (side === 'after' && a.by === 'dropped') return t('whatif:values.noLongerUsed');
    const text = v === undefined ? t('whatif:values.notAnswered') : formatAnswer(q, v, true).text;
    return side === 'after' && a.by === 'follows' ? (
      <>
        {text}
        <span class="compare__sub">{t('whatif:values.follows')}</span>
      </>
    ) : (
      text
    );
  };
  return (
    <Row
      label={t(`wizard:q.${q.id}.label`)}
      change={{ before: getField(beforeCase, a.field), after: getField(afterCase, a.field), changed: a.by === 'user' }}
      show={show}
    />
  );
}

/** "就労選択支援を先に使う必要がある：A型". */
const requirementLabel = (r: RequirementDiff) => t('whatif:rows.requirement', { first: serviceName(r.first), service: requiredBeforeName(r.service) });
const yesNo = (v: boolean) => t(v ? 'whatif:values.yes' : 'whatif:values.none');

/** The cap before and after, big, with the difference in yen in words. */
type Possible = Change<NonNullable<Result['copay']['possibleCaps']>>;

function CapSummary({ cap, possible, delta }: { cap: Change<number | null>; possible: Possible; delta: number | null }) {
  const beforeText = capText(cap.before, possible.before);
  const afterText = capText(cap.after, possible.after);
  let line: string;
  if (delta !== null && delta !== 0) line = t(delta > 0 ? 'whatif:summary.capUp' : 'whatif:summary.capDown', { amount: formatYen(Math.abs(delta)) });
  else if (!cap.changed && !possible.changed)
    line = cap.after === null ? t('whatif:summary.capSameUnknown') : t('whatif:summary.capSame', { amount: formatYen(cap.after) });
  else line = t('whatif:summary.cap', { before: beforeText, after: afterText });
  const changed = cap.changed || possible.changed;
  return (
    <div class={`compare__cap${changed ? ' compare__cap--changed' : ''}`}>
      <h3 class="compare__cap-heading">{t('whatif:tables.money')}</h3>
      <div class="compare__cap-values">
        <p class="compare__cap-side">
          <span class="compare__cap-label">{t('whatif:result.current')}</span>
          <span class="compare__cap-amount">{beforeText}</span>
        </p>
        <span class="compare__cap-arrow" aria-hidden="true">
          →
        </span>
        <p class="compare__cap-side">
          <span class="compare__cap-label">{t('whatif:result.whatIf')}</span>
          <span class="compare__cap-amount">
            {afterText}
            {changed && <ChangedTag />}
          </span>
        </p>
      </div>
      <p class="compare__cap-line">
        <strong>{line}</strong>
      </p>
    </div>
  );
}

function CompareTable({ caption, children }: { caption: string; children: ComponentChildren }) {
  return (
    <table class="compare__table" aria-describedby={NOTE_ID}>
      <caption class="compare__caption">{caption}</caption>
      <thead class="compare__head">
        <tr>
          <th scope="col">{t('whatif:result.item')}</th>
          <th scope="col">{t('whatif:result.current')}</th>
          <th scope="col">{t('whatif:result.whatIf')}</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

function Row<T>({
  label,
  change,
  show,
  strong,
}: {
  label: string;
  change: Change<T>;
  show: (v: T, side: 'before' | 'after') => ComponentChildren;
  strong?: boolean;
}) {
  return (
    <tr class={`compare__row${change.changed ? ' compare__row--changed' : ''}${strong ? ' compare__row--strong' : ''}`}>
      <th scope="row" class="compare__item">
        {label}
      </th>
      <td class="compare__cell">
        <span class="compare__col" aria-hidden="true">
          {t('whatif:result.current')}
        </span>
        <span class="compare__value">{show(change.before, 'before')}</span>
      </td>
      <td class="compare__cell compare__cell--whatif">
        <span class="compare__col" aria-hidden="true">
          {t('whatif:result.whatIf')}
        </span>
        <span class="compare__value">{show(change.after, 'after')}</span>
        {change.changed && <ChangedTag />}
      </td>
    </tr>
  );
}

/** "Changed", in words; the hidden part completes it for screen readers. */
function ChangedTag() {
  return (
    <span class="compare__tag">
      <span aria-hidden="true">▲ </span>
      {t('whatif:result.changed')}
      <span class="visually-hidden">{t('whatif:result.changedHidden')}</span>
    </span>
  );
}

function capText(cap: number | null, possible: Possible['before']): string {
  if (cap !== null) return formatYen(cap);
  if (!possible.length) return t('whatif:values.unknownCap');
  const caps = [...new Set(possible.map((c) => c.monthlyCap))].sort((a, b) => a - b).map(formatYen);
  return t('whatif:values.candidates', { caps: joinList(caps) });
}

const categoryName = (c: CopayCategory) => t(`results:copay.category.${c}.name`);

/** The cap last year's pay gives from 1 July (January to June), or a dash when the result has none. */
function julyText(j: Result['copay']['fromJuly'] | null): string {
  if (!j) return t('whatif:values.none');
  const value =
    j.monthlyCap !== null && j.category !== 'unknown'
      ? t('results:copay.fromJuly.cap', { amount: formatYen(j.monthlyCap), name: categoryName(j.category) })
      : t('results:copay.unknownAmount');
  return t('results:copay.fromJuly.line', { date: formatDate(j.on), value });
}
const dateOrNone = (d: string | undefined) => (d ? formatDate(d) : t('whatif:values.none'));

function whenText(w: When | undefined): string {
  if (!w) return t('whatif:values.none');
  const range = formatRange(w.from, w.to);
  return w.estimated ? t('timeline:about', { range }) : range;
}
