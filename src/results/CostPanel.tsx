/**
 * 1か月の費用の目安: for each service that may fit, the 1割 and what is paid in the month (at most the cap), each
 * labelled 目安 with its cited rule behind 根拠; where no official fee table gives a range (today: every service),
 * a field for the fee the provider quoted. It reads the Result and decides nothing: the engine works every figure
 * out (services[].cost). Folded, so the results page stays short on a phone; lines for entered fees stay in view.
 */
import { useState } from 'preact/hooks';
import type { Reason, Result, ServiceCost, ServiceResult } from '../case/schema';
import type { CaseProblem } from '../case/issues';
import type { AnswerOutcome } from '../state';
import { formatYen, t } from '../i18n';
import { ErrorMessage, Hint, TextInput } from '../ui';
import { parseYen } from '../ui/parse-input';
import { serviceName } from './format';
import { ReasonList } from './ReasonList';
import './cost.css';

export interface CostPanelProps {
  result: Result;
  onChangeAnswer: (field: string) => void;
  /** Sets one answer (here: a quoted fee) and recomputes; without it, the figures are shown with no field. */
  onSetAnswer?: (field: string, value: unknown) => AnswerOutcome;
}

/** The case path of a service's quoted fee. */
export const quotedFeeField = (id: string) => `plan.quotedFee.${id}`;

/** What is paid outside the cap: marked by the engine (Reason.topic), shown once for all services. */
const OUTSIDE = (r: Reason) => r.topic === 'outside';

/** Two reasons that read the same (same rule, outcome, wording and values). */
const sameReason = (a: Reason, b: Reason) =>
  a.rule === b.rule && a.status === b.status && a.variant === b.variant && JSON.stringify(a.params) === JSON.stringify(b.params);

const yenRange = (r: { min: number; max: number }) =>
  r.min === r.max ? formatYen(r.min) : t('results:cost.range', { min: formatYen(r.min), max: formatYen(r.max) });

export function CostPanel({ result, onChangeAnswer, onSetAnswer }: CostPanelProps) {
  const costed = result.services.filter((s): s is ServiceResult & { cost: ServiceCost } => s.cost !== undefined);
  if (costed.length === 0) return null;
  const paid = costed.filter((s) => s.cost.payment);
  const outside = costed[0]!.cost.reasons.filter(OUTSIDE);
  // A reason every service shares (e.g. "no official fee table") is said once, above the services.
  const shared = costed[0]!.cost.reasons.filter((r) => !OUTSIDE(r) && costed.every((s) => s.cost.reasons.some((x) => sameReason(x, r))));
  const own = (s: { cost: ServiceCost }) => s.cost.reasons.filter((r) => !OUTSIDE(r) && !shared.some((x) => sameReason(x, r)));
  return (
    <section class="cost" aria-labelledby="cost-heading">
      <h2 class="heading-m" id="cost-heading">
        {t('results:cost.heading')}
      </h2>
      {/* What was worked out stays in view: one line per service with a figure. */}
      {paid.length > 0 && (
        <ul class="cost__lines">
          {paid.map((s) => (
            <li key={s.id}>
              <span class="copay__badge">{t('results:cost.badge')}</span>{' '}
              {t('results:cost.line', { service: serviceName(s.id), amount: yenRange(s.cost.payment!) })}
            </li>
          ))}
        </ul>
      )}
      <details class="details cost__more">
        <summary class="details__summary">{t(paid.length ? 'results:cost.foldChange' : 'results:cost.fold')}</summary>
        <div class="details__body">
          <p>{t('results:cost.intro')}</p>
          {shared.length > 0 && <ReasonList reasons={shared} asOf={result.asOf} sort={false} />}
          {costed.map((s) => (
            <CostItem key={s.id} service={s} reasons={own(s)} asOf={result.asOf} onChangeAnswer={onChangeAnswer} onSetAnswer={onSetAnswer} />
          ))}
          <h3 class="cost__subheading">{t('results:cost.outsideHeading')}</h3>
          <ReasonList reasons={outside} asOf={result.asOf} sort={false} />
        </div>
      </details>
    </section>
  );
}

function CostItem({
  service,
  reasons,
  asOf,
  onChangeAnswer,
  onSetAnswer,
}: {
  service: ServiceResult & { cost: ServiceCost };
  /** This service's own reasons (those every service shares are listed once above). */
  reasons: readonly Reason[];
  asOf: string;
  onChangeAnswer: (field: string) => void;
  onSetAnswer?: CostPanelProps['onSetAnswer'];
}) {
  const c = service.cost;
  const name = serviceName(service.id);
  return (
    <div class="cost__item">
      <h3 class="cost__service">{name}</h3>
      <div class="cost__figures" aria-live="polite">
        <Figures cost={c} />
        {c.needs?.includes('days') && (
          <p>
            {t('results:cost.needsDays')}{' '}
            <button type="button" class="link-button" onClick={() => onChangeAnswer('plan.daysPerMonth')}>
              {t('results:cost.needsDaysButton')}
            </button>
          </p>
        )}
      </div>
      {reasons.length > 0 && <ReasonList reasons={reasons} asOf={asOf} sort={false} />}
      {onSetAnswer && c.basis !== 'table' && <QuotedFeeForm id={service.id} name={name} cost={c} onSetAnswer={onSetAnswer} />}
    </div>
  );
}

/** The 1割 and the payment, each labelled 目安; where no official table gives one, that no range is shown. */
function Figures({ cost: c }: { cost: ServiceCost }) {
  if (c.basis === 'none') return <p>{t(`results:cost.noTable_${c.per}`)}</p>;
  if (!c.share || !c.payment) return null;
  const capped = c.cap === 'known' && c.payment.max < c.share.max;
  return (
    <>
      <p class="cost__amount">
        <span class="copay__badge">{t('results:cost.badge')}</span> {t('results:cost.share', { amount: yenRange(c.share) })}
      </p>
      <p class="cost__amount">
        <span class="copay__badge">{t('results:cost.badge')}</span> <strong>{t('results:cost.payment', { amount: yenRange(c.payment) })}</strong>
      </p>
      {capped && <p>{t('results:cost.capped')}</p>}
      {c.cap === 'possible' && <p>{t('results:cost.capPossible')}</p>}
      {c.cap === 'unknown' && <p>{t('results:cost.capUnknown')}</p>}
      {c.daysLimited && c.days !== undefined && <p>{t('results:cost.daysLimited', { days: c.days })}</p>}
      {c.region === 'national' && <p>{t('results:cost.regionNational')}</p>}
      {c.basis === 'quoted' && <p class="cost__from">{t('results:cost.fromYou')}</p>}
    </>
  );
}

/**
 * The fee the provider quoted: typed as people type it (全角 digits, commas, 円, 万), kept exactly as typed on
 * an error, with the message naming the service. An empty field removes the figure.
 */
function QuotedFeeForm({
  id,
  name,
  cost,
  onSetAnswer,
}: {
  id: string;
  name: string;
  cost: ServiceCost;
  onSetAnswer: NonNullable<CostPanelProps['onSetAnswer']>;
}) {
  const [text, setText] = useState(cost.quotedFee !== undefined ? String(cost.quotedFee) : '');
  const [error, setError] = useState<string | null>(null);
  const inputId = `cost-fee-${id}`;
  const per = cost.per === 'month' ? 'month' : 'day';
  const message = (key: string, params: Record<string, string | number> = {}) =>
    t(`results:cost.form.errors.${key}`, { service: name, ...params, defaultValue: t('results:cost.form.errors.invalid', { service: name }) });
  const fromProblem = (p: CaseProblem | undefined) => (p && p.field === quotedFeeField(id) ? message(p.key, p.params) : message('invalid'));

  const submit = (e: Event) => {
    e.preventDefault();
    const typed = text.trim();
    let value: number | undefined;
    if (typed !== '') {
      const parsed = parseYen(typed);
      if (!parsed.ok) return setError(message(parsed.key));
      value = parsed.value;
    }
    const outcome = onSetAnswer(quotedFeeField(id), value);
    if (outcome.ok) setError(null);
    else setError(fromProblem(outcome.problems[0]));
  };
  const clear = () => {
    const outcome = onSetAnswer(quotedFeeField(id), undefined);
    if (outcome.ok) {
      setText('');
      setError(null);
    } else setError(fromProblem(outcome.problems[0]));
  };

  return (
    <form class={`cost__form form-group${error ? ' form-group--error' : ''}`} onSubmit={submit} noValidate>
      <label class="cost__label" for={inputId}>
        {t(`results:cost.form.label_${per}`)}
        <span class="visually-hidden">{t('results:cost.form.labelHidden', { service: name })}</span>
      </label>
      <Hint id={`${inputId}-hint`} text={t(`results:cost.form.hint_${per}`)} />
      {error && <ErrorMessage id={`${inputId}-error`} prefix={t('common:error.prefix')} text={error} />}
      <TextInput
        id={inputId}
        value={text}
        onInput={setText}
        inputMode="numeric"
        describedBy={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
        invalid={error !== null}
        width={9} // not law: room for 1,000,000
        suffix={t('results:cost.form.suffix')}
      />
      <div class="button-group cost__actions">
        <button type="submit" class="button button--secondary">
          {t('results:cost.form.submit')}
          <span class="visually-hidden">{t('results:cost.form.labelHidden', { service: name })}</span>
        </button>
        {cost.quotedFee !== undefined && (
          <button type="button" class="link-button cost__clear" onClick={clear}>
            {t('results:cost.form.clear')}
            <span class="visually-hidden">{t('results:cost.form.labelHidden', { service: name })}</span>
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * The handout's cost, short for paper: a sentence per service with a figure, or one sentence saying no range is
 * given (no official fee table) when no service has one. Spans that run on inside the handout's money paragraph,
 * so a short sentence does not take a line of its own.
 */
export function CostLines({ result }: { result: Result }) {
  const costed = result.services.filter((s) => s.cost);
  if (costed.length === 0) return null;
  const paid = costed.filter((s) => s.cost!.payment);
  if (paid.length === 0) return <span>{t('results:cost.handoutNone')} </span>;
  return (
    <>
      {paid.map((s) => (
        <span key={s.id}>{t('results:cost.handoutLine', { service: serviceName(s.id), amount: yenRange(s.cost!.payment!) })} </span>
      ))}
    </>
  );
}
