/**
 * The results page: what the answers describe and on which rules, a short summary, one card per service
 * (the ones that do not fit fold away), the monthly cap and the dated plan. It reads a Result and decides
 * nothing itself. Every text comes from locales/{lang}/results.json, reasons.json and timeline.json.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Result, ServiceResult } from '../case/schema';
import { formatDate, formatYen, t } from '../i18n';
import { PageHeading } from '../ui';
import { CopayPanel } from './CopayPanel';
import { CostPanel, type CostPanelProps } from './CostPanel';
import { contactName, formatRange, serviceName, stepTitleKey } from './format';
import { OtherHelp } from './OtherHelp';
import { ServiceCard, VERDICT_ICON, serviceAnchor } from './ServiceCard';
import { Timeline } from './Timeline';
import './results.css';

export interface ResultsProps {
  result: Result;
  onChangeAnswer: (field: string) => void;
  onEditAnswers: () => void;
  onRestart: () => void;
  /** Entry points to the what-if comparison and the print handout (lazy views the app opens). */
  onWhatIf?: () => void;
  onHandout?: () => void;
  /** Sets one answer from the page itself (the fee a provider quoted, in the cost panel). */
  onSetAnswer?: CostPanelProps['onSetAnswer'];
}

const UNLIKELY_ID = 'services-unlikely';

export function Results({ result, onChangeAnswer, onEditAnswers, onRestart, onWhatIf, onHandout, onSetAnswer }: ResultsProps) {
  const root = useRef<HTMLDivElement>(null);
  usePrintOpensDetails(root);

  const fit = result.services.filter((s) => s.verdict !== 'unlikely');
  const unlikely = result.services.filter((s) => s.verdict === 'unlikely');
  const next = result.timeline.find((e) => e.kind === 'step');

  /**
   * Moves to a service's card (opening the fold for one that does not fit now). A button, not an in-page
   * link: the URL fragment is reserved for share links and must not change.
   */
  const goToService = (s: ServiceResult) => {
    if (s.verdict === 'unlikely') {
      const d = root.current?.querySelector<HTMLDetailsElement>(`#${UNLIKELY_ID}`);
      if (d) d.open = true;
    }
    const card = root.current?.querySelector<HTMLElement>(`#${serviceAnchor(s.id)}`);
    card?.scrollIntoView?.({ block: 'start' });
    card?.focus({ preventScroll: true });
  };

  return (
    <div class="results" ref={root}>
      <PageHeading>{t('results:title')}</PageHeading>

      <section class="results__summary" aria-labelledby="summary-heading">
        <h2 class="heading-m" id="summary-heading">
          {t('results:summary.heading')}
        </h2>
        {/* One line per service, in the engine's order: its verdict (icon + words) and a way to its card. */}
        <ul class="summary">
          {result.services.map((s) => (
            <li key={s.id} class={`summary__item summary__item--${s.verdict}`}>
              <button type="button" class="link-button summary__link" onClick={() => goToService(s)}>
                {serviceName(s.id)}
              </button>
              <span class="visually-hidden">{t('results:status.separator')}</span>
              <span class="summary__tag">
                <span aria-hidden="true">{VERDICT_ICON[s.verdict]}</span> {t(`results:verdict.${s.verdict}`)}
              </span>
            </li>
          ))}
        </ul>
        <p class="summary__cap">
          <strong>{capLine(result)}</strong>
        </p>
        {next && (
          <div class="results__next">
            <h3 class="results__next-heading">{t('results:summary.firstStep')}</h3>
            <p>
              <strong>{t(stepTitleKey(next.step))}</strong> {t('results:next.when', { range: formatRange(next.from, next.to) })}{' '}
              {t('results:next.contact', { contact: contactName(next) })}
            </p>
          </div>
        )}
        {/* After what fits on the first screen: who decides, and the date and rules the result is for. */}
        <p class="results__decides">
          <span class="results__decides-icon" aria-hidden="true">
            !
          </span>
          <strong>{t('results:decides')}</strong>
        </p>
        <div class="results__basis">
          <p>{t('results:about.asOf', { date: formatDate(result.asOf) })}</p>
          <p>{t('results:about.rulesVersion', { date: formatDate(result.rulesVersion) })}</p>
        </div>
      </section>

      <section class="results__services" aria-labelledby="services-heading">
        <h2 class="heading-m" id="services-heading">
          {t('results:services.heading')}
        </h2>
        {fit.length ? (
          fit.map((s) => <ServiceCard key={s.id} service={s} result={result} onChangeAnswer={onChangeAnswer} />)
        ) : (
          <p class="results__none">{t('results:services.none')}</p>
        )}
        {unlikely.length > 0 && (
          <details class="details results__unlikely" id={UNLIKELY_ID}>
            <summary class="details__summary">{t('results:services.unlikelySummary', { count: unlikely.length })}</summary>
            <div class="details__body results__unlikely-body">
              <p>{t('results:services.unlikelyIntro')}</p>
              {unlikely.map((s) => (
                <ServiceCard key={s.id} service={s} result={result} onChangeAnswer={onChangeAnswer} />
              ))}
            </div>
          </details>
        )}
      </section>

      <CopayPanel copay={result.copay} asOf={result.asOf} />
      <CostPanel result={result} onChangeAnswer={onChangeAnswer} onSetAnswer={onSetAnswer} />
      {onWhatIf && (
        <section class="results__whatif" aria-labelledby="whatif-entry-heading">
          <h2 class="heading-m" id="whatif-entry-heading">
            {t('whatif:entry.heading')}
          </h2>
          <p>{t('whatif:entry.body')}</p>
          <button type="button" class="button button--secondary" id="results-open-whatif" onClick={onWhatIf}>
            {t('whatif:entry.button')}
          </button>
        </section>
      )}
      <Timeline entries={result.timeline} otherHelp={result.otherHelp} />
      <OtherHelp result={result} />

      <section class="results__end" aria-labelledby="end-heading">
        <h2 class="heading-m" id="end-heading">
          {t('results:end.heading')}
        </h2>
        {/* Who decides is said in the summary's box at the top and in the footer: not a third time here. */}
        <p>{t('results:end.privacy')}</p>
        <div class="button-group results__actions">
          <button type="button" class="button button--primary" onClick={onEditAnswers}>
            {t('results:actions.edit')}
          </button>
          {onHandout ? (
            <button type="button" class="button button--secondary" id="results-open-handout" onClick={onHandout}>
              {t('handout:open')}
            </button>
          ) : (
            <button type="button" class="button button--secondary" onClick={printPage}>
              {t('results:actions.print')}
            </button>
          )}
          <button type="button" class="button button--secondary" onClick={onRestart}>
            {t('results:actions.restart')}
          </button>
        </div>
      </section>
    </div>
  );
}

/** The monthly cap in one line for the summary (the panel below says why). */
function capLine(result: Result): string {
  const c = result.copay;
  if (c.monthlyCap === null || c.category === 'unknown') return t('results:summary.capUnknown');
  return t('results:summary.cap', { amount: formatYen(c.monthlyCap) }) + (c.estimated ? t('results:summary.capEstimated') : '');
}

function printPage(): void {
  if (typeof window.print === 'function') window.print();
}

/**
 * CSS cannot open a closed <details> for printing in every browser, so open them all before printing
 * (sources and the folded services belong on the handout) and restore them afterwards.
 */
function usePrintOpensDetails(root: { current: HTMLElement | null }): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...(root.current?.querySelectorAll<HTMLDetailsElement>('details:not([open])') ?? [])];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}
