/** The app shell: skip link, header with the language switch, notices, and the page for the current step. */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { AppStateContext, CHECK, RESULTS, START, type AppState } from '../state';
import type { Store } from '../storage';
import type { PwaHandle } from '../pwa/register';
import { loadDeferred, setLanguage, t } from '../i18n';
import { SkipLink } from '../ui';
import { QuestionStep } from '../wizard';
import { LanguageSwitch } from './LanguageSwitch';
import { TextSizeSwitch, applyTextSize } from './TextSizeSwitch';
import { StartPage } from './StartPage';
import type { ResultsLoader } from './ResultsStep';
import { lazyView } from './lazy';

/** Pages after the questions: loaded when first needed (or ahead, when the browser is idle). */
/** A lazily loaded page, with the texts it needs. */
const withTexts = <T,>(load: Promise<T>) => Promise.all([load, loadDeferred()]).then(([m]) => m);
export const CheckAnswers = lazyView(() => withTexts(import('../wizard/CheckAnswers')).then((m) => m.CheckAnswers));
export const ResultsStep = lazyView(() => withTexts(import('./ResultsStep')).then((m) => m.ResultsStep));
export const ConfirmReset = lazyView(() => withTexts(import('./ConfirmReset')).then((m) => m.ConfirmReset));
export const Notices = lazyView(() => withTexts(import('./Notices')).then((m) => m.AllNotices), { quiet: true });
const loadResultsView: ResultsLoader = () => import('./ResultsStep').then((m) => m.loadResultsView());
import { useStepHistory } from './history';

export interface AppProps {
  app: AppState;
  store?: Store;
  pwa?: PwaHandle;
  /** For tests: how the results views are loaded. */
  resultsLoader?: ResultsLoader;
}

export function App({ app, store, pwa, resultsLoader }: AppProps) {
  return (
    <AppStateContext.Provider value={app}>
      <Shell app={app} store={store} pwa={pwa} resultsLoader={resultsLoader} />
    </AppStateContext.Provider>
  );
}

function Shell({ app, store, pwa, resultsLoader }: AppProps) {
  const confirming = useSignal(false);
  const step = app.step.value;
  useStepHistory(app);

  // Focus the new page's h1 after a step change, but not on the first load (the skip link comes first).
  const firstRender = useRef(true);
  const focusHeading = !firstRender.current;
  useEffect(() => {
    firstRender.current = false;
  }, []);
  useEffect(() => {
    if (!focusHeading) return;
    window.scrollTo?.(0, 0);
  }, [step, confirming.value]);
  // Any step change (including the browser's back button) leaves the "start again?" page.
  useEffect(() => {
    confirming.value = false;
  }, [step]);
  // On the check page, fetch the results views ahead so "see my results" is instant.
  useEffect(() => {
    if (step === CHECK) (resultsLoader ?? loadResultsView)().catch(() => undefined);
  }, [step]);

  const askRestart = () => (confirming.value = true);
  const hasNotice = app.storageProblem.value !== null || app.restoreProblem.value !== null || !!pwa?.offlineReady.value || !!pwa?.needRefresh.value;
  const chooseLanguage = (code: string) => {
    void setLanguage(code);
    store?.setLanguage(code);
  };
  const chooseTextSize = (size: string) => store?.setTextSize(applyTextSize(size));

  let page;
  if (confirming.value) {
    page = (
      <ConfirmReset
        onConfirm={() => {
          app.reset();
          confirming.value = false;
        }}
        onCancel={() => (confirming.value = false)}
      />
    );
  } else if (step === START) page = <StartPage key={step} onRestart={askRestart} focusHeading={focusHeading} />;
  else if (step === CHECK) page = <CheckAnswers key={step} onRestart={askRestart} focusHeading={focusHeading} />;
  else if (step === RESULTS) page = <ResultsStep key={step} onRestart={askRestart} focusHeading={focusHeading} loader={resultsLoader} />;
  else page = <QuestionStep key={step} id={step} focusHeading={focusHeading} />;

  return (
    <>
      <SkipLink href="#main" label={t('common:nav.skipToContent')} />
      <header class="header">
        <div class="header__inner">
          <span class="header__name">{t('common:app.name')}</span>
          <div class="header__tools">
            <LanguageSwitch onChoose={chooseLanguage} />
            <TextSizeSwitch onChoose={chooseTextSize} />
          </div>
        </div>
      </header>
      <div class="width-container">
        <main id="main" class="main" tabIndex={-1}>
          {hasNotice && <Notices onRestart={askRestart} pwa={pwa} store={store} />}
          {page}
        </main>
      </div>
      <footer class="footer">
        <div class="width-container">
          <p>{t('common:footer.privacy')}</p>
          <p>{t('common:footer.decides')}</p>
        </div>
      </footer>
    </>
  );
}
