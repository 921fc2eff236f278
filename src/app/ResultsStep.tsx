/** The results page: loads the engine and the results views lazily, then hands them the computed result. */
import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Result } from '../case/schema';
import type { AnswerOutcome } from '../state';
import { CHECK, RESULTS, useAppState } from '../state';
import { formatDate, loadAllNamespaces, pageTitle, t } from '../i18n';
import { BackLink, PageHeading } from '../ui';
import { questionForField } from '../wizard';
import type { WhatIfViewProps } from '../whatif/WhatIfView';
import type { HandoutViewProps } from '../handout/HandoutView';
import { lazyView } from './lazy';

/** Link, QR code and file, under the results: its own chunk, fetched with the results. */
const SharePanel = lazyView(() => import('../share/SharePanel').then((m) => m.SharePanel), { quiet: true });

export interface ResultsProps {
  result: Result;
  onChangeAnswer(field: string): void;
  onEditAnswers(): void;
  onRestart(): void;
  /** Opens the what-if comparison and the print handout (lazy views over the results). */
  onWhatIf?(): void;
  onHandout?(): void;
  /** Sets one answer from the results page (a quoted fee), checked like a what-if, then kept. */
  onSetAnswer?(field: string, value: unknown): AnswerOutcome;
}

type ResultsView = ComponentType<ResultsProps>;

/** Loads src/results lazily; tests pass their own loader. */
export type ResultsLoader = () => Promise<ResultsView>;

export const loadResultsView: ResultsLoader = () => import('../results/Results').then((m) => m.Results as ResultsView);

/** The views over the results (pages over the step, state/navigation.ts), each its own chunk, loaded when first opened. */
type SubView = 'whatif' | 'handout';
export interface SubViewLoaders {
  whatif(): Promise<ComponentType<WhatIfViewProps>>;
  handout(): Promise<ComponentType<HandoutViewProps>>;
}
export const loadSubViews: SubViewLoaders = {
  whatif: () => import('../whatif/WhatIfView').then((m) => m.WhatIfView),
  handout: () => import('../handout/HandoutView').then((m) => m.HandoutView),
};

export function ResultsStep({
  onRestart,
  focusHeading,
  loader = loadResultsView,
  subLoaders = loadSubViews,
}: {
  onRestart(): void;
  focusHeading: boolean;
  loader?: ResultsLoader;
  subLoaders?: SubViewLoaders;
}) {
  const app = useAppState();
  const [View, setView] = useState<ResultsView | null>(null);
  const [failed, setFailed] = useState(false);
  const over = app.page.value.over;
  const subView = over === 'whatif' || over === 'handout' ? over : null;
  const [WhatIf, setWhatIf] = useState<ComponentType<WhatIfViewProps> | null>(null);
  const [HandoutPage, setHandoutPage] = useState<ComponentType<HandoutViewProps> | null>(null);
  const [subFailed, setSubFailed] = useState(false);
  const [adopted, setAdopted] = useState(false);
  const lastSub = useRef<SubView | null>(null);
  const adoptedNotice = useRef<HTMLDivElement>(null);

  const openSub = (v: SubView) => {
    setAdopted(false);
    setSubFailed(false);
    app.open(v);
    window.scrollTo?.(0, 0);
    const load = v === 'whatif' ? subLoaders.whatif().then((c) => setWhatIf(() => c)) : subLoaders.handout().then((c) => setHandoutPage(() => c));
    load.catch(() => setSubFailed(true));
  };
  // Back on the results: focus where the person left (the button that opened the view, or the notice).
  useEffect(() => {
    if (subView) {
      lastSub.current = subView;
      return;
    }
    const from = lastSub.current;
    lastSub.current = null;
    if (!from) return;
    if (adoptedNotice.current) adoptedNotice.current.focus();
    else document.getElementById(`results-open-${from}`)?.focus();
  }, [subView]);
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
    if (!subView) document.title = title;
  }, [title, subView]);

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
    const onSetAnswer = (field: string, value: unknown): AnswerOutcome => {
      const o = app.whatIf({ [field]: value });
      if (o.ok) app.adopt(o.case);
      return o.ok ? { ok: true } : o;
    };
    if (subView) {
      if (subFailed) {
        return (
          <>
            <BackLink label={t('common:nav.back')} onClick={app.close} />
            <PageHeading focus>{t('common:results.errorTitle')}</PageHeading>
            <p>{t('common:results.loadFailedBody')}</p>
          </>
        );
      }
      if (subView === 'whatif' && WhatIf) {
        return (
          <WhatIf
            onClose={app.close}
            onAdopted={() => {
              setAdopted(true);
              app.close();
            }}
          />
        );
      }
      if (subView === 'handout' && HandoutPage) return <HandoutPage result={state.result} onClose={app.close} autoPrint />;
      return (
        <p class="loading" role="status">
          {t('common:results.loading')}
        </p>
      );
    }
    return (
      <>
        {adopted && (
          <div class="notice notice--success" role="status" tabIndex={-1} ref={adoptedNotice}>
            <p class="notice__title">{t('whatif:adopt.done')}</p>
          </div>
        )}
        <View
          result={state.result}
          onChangeAnswer={onChangeAnswer}
          onEditAnswers={() => app.goTo(CHECK)}
          onRestart={onRestart}
          onWhatIf={() => openSub('whatif')}
          onHandout={() => openSub('handout')}
          onSetAnswer={onSetAnswer}
        />
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
