/** The results page: loads the engine and the results views lazily, then hands them the computed result. */
import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Result } from '../case/schema';
import { CHECK, RESULTS, useAppState } from '../state';
import { formatDate, loadAllNamespaces, pageTitle, t } from '../i18n';
import { BackLink, PageHeading } from '../ui';
import { questionForField } from '../wizard';
import { lazyView } from './lazy';

/** Link, QR code and file, under the results: its own chunk, fetched with the results. */
const SharePanel = lazyView(() => import('../share/SharePanel').then((m) => m.SharePanel), { quiet: true });

export interface ResultsProps {
  result: Result;
  onChangeAnswer(field: string): void;
  onEditAnswers(): void;
  onRestart(): void;
}

type ResultsView = ComponentType<ResultsProps>;

/** Loads src/results lazily; tests pass their own loader. */
export type ResultsLoader = () => Promise<ResultsView>;

export const loadResultsView: ResultsLoader = () => import('../results/Results').then((m) => m.Results as ResultsView);

export function ResultsStep({ onRestart, focusHeading, loader = loadResultsView }: { onRestart(): void; focusHeading: boolean; loader?: ResultsLoader }) {
  const app = useAppState();
  const [View, setView] = useState<ResultsView | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    app.loadEngine().catch(() => live && setFailed(true));
    // The views' text (results, reasons, timeline namespaces) loads with them.
    void SharePanel.preload().catch(() => undefined);
    Promise.all([loader(), loadAllNamespaces()])
      .then(([v]) => live && setView(() => v))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);

  const state = app.result.value;
  const ready = state.status === 'ready' && View !== null;
  // A layout effect runs before the results view's own effects, so the view can set a more specific title.
  const title = pageTitle(t('common:results.title'));
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);

  // The results views own their h1; after a step change, move focus to it like any other page.
  useEffect(() => {
    if (!ready || !focusHeading) return;
    const h1 = document.querySelector<HTMLElement>('#main h1');
    if (h1) {
      if (!h1.hasAttribute('tabindex')) h1.setAttribute('tabindex', '-1');
      h1.focus();
    }
  }, [ready]);

  if (ready) {
    const onChangeAnswer = (field: string) => {
      const q = questionForField(field);
      if (q && app.active.value.includes(q.id)) app.goTo(q.id, { returnTo: RESULTS });
      else app.goTo(CHECK);
    };
    return (
      <>
        <View result={state.result} onChangeAnswer={onChangeAnswer} onEditAnswers={() => app.goTo(CHECK)} onRestart={onRestart} />
        <SharePanel />
      </>
    );
  }

  const back = <BackLink label={t('common:nav.back')} onClick={() => app.back()} />;
  if (failed || state.status === 'error') {
    return (
      <>
        {back}
        <PageHeading focus={focusHeading}>{t('common:results.errorTitle')}</PageHeading>
        <p>{failed ? t('common:results.loadFailedBody') : t('common:results.errorBody')}</p>
      </>
    );
  }
  if (state.status === 'out-of-coverage') {
    return (
      <>
        {back}
        <PageHeading focus={focusHeading}>{t('common:results.outOfCoverageTitle')}</PageHeading>
        <p>{t('common:results.outOfCoverageBody', { asOf: formatDate(state.asOf), from: formatDate(state.from), to: formatDate(state.to) })}</p>
      </>
    );
  }
  if (state.status === 'invalid') {
    return (
      <>
        {back}
        <PageHeading focus={focusHeading}>{t('common:results.invalidTitle')}</PageHeading>
        <p>{t('common:results.invalidBody')}</p>
      </>
    );
  }
  return (
    <p class="loading" role="status">
      {t('common:results.loading')}
    </p>
  );
}
