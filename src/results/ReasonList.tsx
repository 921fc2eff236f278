/**
 * The reasons behind a verdict or a copay category: each with its outcome (icon + words, never colour alone),
 * a plain sentence, and its sources behind a 根拠 (Sources) disclosure.
 */
import type { Reason } from '../case/schema';
import type { ReasonStatus } from '../case/enums';
import { t } from '../i18n';
import { reasonText, reasonTitleKey } from './format';

/** A visible symbol per outcome; the words beside it carry the meaning for screen readers. */
export const STATUS_ICON: Record<ReasonStatus, string> = {
  met: '✓',
  'not-met': '✕',
  unknown: '?',
  ask: '…',
  info: 'i',
};

/** Most important first: what rules a service out, what is still open, then what is fine. */
const STATUS_ORDER: Record<ReasonStatus, number> = { 'not-met': 0, unknown: 1, ask: 2, met: 3, info: 4 };

export function sortReasons(reasons: readonly Reason[]): Reason[] {
  return [...reasons].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
}

export function ReasonList({ reasons, asOf, sort = true }: { reasons: readonly Reason[]; asOf: string; sort?: boolean }) {
  const list = sort ? sortReasons(reasons) : reasons;
  return (
    <ul class="reasons">
      {list.map((r, i) => (
        <ReasonItem key={`${r.rule}-${i}`} reason={r} asOf={asOf} />
      ))}
    </ul>
  );
}

function ReasonItem({ reason, asOf }: { reason: Reason; asOf: string }) {
  return (
    <li class={`reason reason--${reason.status}`}>
      <p class="reason__head">
        <span class="reason__status">
          <span class="reason__icon" aria-hidden="true">
            {STATUS_ICON[reason.status]}
          </span>
          <span class="reason__status-text">{t(`results:status.${reason.status}`)}</span>
        </span>
        <span class="visually-hidden">{t('results:status.separator')}</span>
        <strong class="reason__title">{t(reasonTitleKey(reason.rule))}</strong>
      </p>
      <p class="reason__text">{reasonText(reason, asOf)}</p>
      <Sources reason={reason} />
    </li>
  );
}

/** The 根拠 disclosure: source titles (links to the official or cited page), reference.md fact numbers, confidence. */
export function Sources({ reason }: { reason: Reason }) {
  return (
    <details class="details sources">
      <summary class="details__summary">
        {t('results:sources.summary')}
        <span class="visually-hidden">{t('results:sources.summaryHidden', { title: t(reasonTitleKey(reason.rule)) })}</span>
      </summary>
      <div class="details__body">
        <ul class="sources__list">
          {reason.sources.map((s) => (
            <li key={s.id}>
              {s.url ? (
                <a href={s.url} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer" lang="ja">
                  {s.title}
                  <span class="visually-hidden">{t('results:sources.newTab')}</span>
                </a>
              ) : (
                <span lang="ja">{s.title}</span>
              )}
              {s.url && <span class="sources__url">{s.url}</span>}
            </li>
          ))}
        </ul>
        <p class="sources__meta">
          {t('results:sources.refs', { refs: reason.refs.join(t('common:list.separator')) })}
          <br />
          {t('results:sources.confidence', { level: t(`results:confidence.${reason.confidence}`) })}
        </p>
        {reason.confidence === 'low' && <p class="sources__low">{t('results:sources.lowNote')}</p>}
      </div>
    </details>
  );
}
