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
const STATUS_ORDER: Record<ReasonStatus, number> = { 'not-met': 0, unknown: 1, ask: 2, met: 3, info: 4 }; // not law: display order

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

type SourceRef = Reason['sources'][number];

/**
 * A source by name as a reader would say it: the page's own title in 「」 where we have it, otherwise the
 * publisher and what the page is about (never a made-up title in 「」); a law text by its name first.
 */
export function sourceName(s: SourceRef): string {
  const publisher = s.publisher ?? '';
  if (s.titleFromPage) return t('results:sources.named', { publisher, title: s.title });
  if (s.authority === 'law') return t('results:sources.law', { publisher, title: s.title });
  return publisher ? t('results:sources.described', { publisher, title: s.title }) : s.title;
}

/** Older results (before sources had a kind) count as official only when they were not marked otherwise. */
const isOfficial = (s: SourceRef) => s.kind === undefined || s.kind === 'official';

/**
 * The 根拠 disclosure: the official sources by name, with the part that says so, publisher and link; private
 * pages only after them and labelled as not official; a note where no official text was found, and where
 * municipalities differ. No internal fact numbers and no confidence scores: those are for reviewers
 * (docs/rules.md), not for the person reading.
 */
export function Sources({ reason }: { reason: Reason }) {
  const official = reason.sources.filter(isOfficial);
  const secondary = reason.sources.filter((s) => s.kind === 'secondary');
  const calculation = reason.sources.filter((s) => s.kind === 'calculation');
  // The municipality decides, or only municipal pages (examples of one town's practice) state it.
  const differs = reason.status === 'ask' || (official.length > 0 && official.every((s) => s.authority === 'municipality'));
  return (
    <details class="details sources">
      <summary class="details__summary">
        {t('results:sources.summary')}
        <span class="visually-hidden">{t('results:sources.summaryHidden', { title: t(reasonTitleKey(reason.rule)) })}</span>
      </summary>
      <div class="details__body">
        {official.length === 0 && <p class="sources__none">{t('results:sources.noOfficial')}</p>}
        {official.length > 0 && <SourceGroup kind="official" label={t('results:sources.official')} sources={official} />}
        {secondary.length > 0 && <SourceGroup kind="secondary" label={t('results:sources.secondary')} sources={secondary} />}
        {calculation.length > 0 && <SourceGroup kind="calculation" label={t('results:sources.calculation')} sources={calculation} />}
        {official.length > 0 && differs && <p class="sources__note">{t('results:sources.municipalNote')}</p>}
        {reason.confidence === 'low' && <p class="sources__low">{t('results:sources.lowNote')}</p>}
      </div>
    </details>
  );
}

function SourceGroup({ kind, label, sources }: { kind: string; label: string; sources: readonly SourceRef[] }) {
  return (
    <div class={`sources__group sources__group--${kind}`}>
      <p class="sources__label">{label}</p>
      <ul class="sources__list">
        {sources.map((s) => (
          <li key={s.id}>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer" lang="ja">
                {sourceName(s)}
                <span class="visually-hidden">{t('results:sources.newTab')}</span>
              </a>
            ) : (
              <span lang="ja">{sourceName(s)}</span>
            )}
            {s.section && (
              <span class="sources__section">
                {t('results:sources.sectionLabel')}
                <span lang="ja">{s.section}</span>
              </span>
            )}
            {s.url && <span class="sources__url">{s.url}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
