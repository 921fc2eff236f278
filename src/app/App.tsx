/** The app shell: skip link, header with the language switch, notices, and the page for the current step. */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { AppStateContext, CHECK, RESULTS, START, type AppState } from '../state';
import type { Store } from '../storage';
import type { PwaHandle } from '../pwa/register';
import type { TabSync } from './tabs';
import { loadAllNamespaces, loadDeferred, setLanguage, t } from '../i18n';
import { SkipLink } from '../ui';
import { QuestionStep } from '../wizard';
import { LanguageSwitch } from './LanguageSwitch';
import { TextSizeSwitch, applyTextSize } from './TextSizeSwitch';
import { StartPage } from './StartPage';
import type { ResultsLoader } from './ResultsStep';
import { lazyView } from './lazy';
import { counselorMode } from './counselor-mode';

/** Pages after the questions: loaded when first needed (or ahead, when the browser is idle). */
/** A lazily loaded page, with the texts it needs. */
const withTexts = <T,>(load: Promise<T>) => Promise.all([load, loadDeferred()]).then(([m]) => m);
export const CheckAnswers = lazyView(() => withTexts(import('../wizard/CheckAnswers')).then((m) => m.CheckAnswers));
export const ResultsStep = lazyView(() => withTexts(import('./ResultsStep')).then((m) => m.ResultsStep));
export const ConfirmReset = lazyView(() => withTexts(import('./ConfirmReset')).then((m) => m.ConfirmReset));
export const Notices = lazyView(() => withTexts(import('./Notices')).then((m) => m.AllNotices), { quiet: true });
const OfflineNote = lazyView(() => withTexts(import('./Notices')).then((m) => m.OfflineNote), { quiet: true });
/** Share links, files and counselor mode, with their texts (the share namespace): loaded only when used. */
export const Extras = lazyView(() => Promise.all([import('./extras'), loadAllNamespaces()]).then(([m]) => m.Extras));
const loadResultsView: ResultsLoader = () => import('./ResultsStep').then((m) => m.loadResultsView());

export interface AppProps {
  app: AppState;
  store?: Store;
  pwa?: PwaHandle;
  /** For tests: how the results views are loaded. */
  resultsLoader?: ResultsLoader;
  /** Answers saved by another tab of the app (./tabs.ts). */
  tabs?: TabSync;
  /** A share link's fragment found at start-up: it is opened (or refused) before anything else. */
  incoming?: string | null;
}

export function App(props: AppProps) {
  return (
    <AppStateContext.Provider value={props.app}>
      <Shell {...props} />
    </AppStateContext.Provider>
  );
}

function Shell({ app, store, pwa, tabs, resultsLoader, incoming: link }: AppProps) {
  // A share link found at start-up is the first page; the page and the browser's history are then one (state/navigation.ts).
  useState(() => link && app.open('link'));
  useLayoutEffect(() => app.connectHistory(window), []);
  const { step, over } = app.page.value;

  // Focus the new page's h1 after a step change, but not on the first load (the skip link comes first).
  const firstRender = useRef(true);
  const focusHeading = !firstRender.current;
  useEffect(() => {
    firstRender.current = false;
  }, []);
  useEffect(() => {
    if (!focusHeading) return;
    window.scrollTo?.(0, 0);
  }, [step, over]);
  // On the check page, fetch the results views ahead so "see my results" is instant.
  useEffect(() => {
    if (step === CHECK) (resultsLoader ?? loadResultsView)().catch(() => undefined);
  }, [step]);

  const askRestart = () => app.open('reset');
  const hasNotice =
    app.storageProblem.value !== null || app.restoreProblem.value !== null || app.keptSaves.value > 0 || !!pwa?.needRefresh.value || !!tabs?.conflict.value;
  const chooseLanguage = (code: string) => {
    void setLanguage(code);
    store?.setLanguage(code);
  };
  const chooseTextSize = (size: string) => store?.setTextSize(applyTextSize(size));

  let page: preact.JSX.Element;
  if ((over === 'link' && link) || over === 'next-client' || over === 'tools') page = <Extras part="page" link={link} store={store} />;
  else if (over === 'reset') page = <ConfirmReset onConfirm={app.reset} onCancel={app.close} />;
  else if (step === START) page = <StartPage key={step} onRestart={askRestart} onTools={() => app.open('tools')} focusHeading={focusHeading} />;
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
        {counselorMode.value && <Extras part="bar" />}
      </header>
      <div class="width-container">
        <main id="main" class="main" tabIndex={-1}>
          {hasNotice && <Notices onRestart={askRestart} pwa={pwa} tabs={tabs} />}
          {page}
        </main>
      </div>
      <footer class="footer">
        <div class="width-container">
          {/* "Works offline now" is said here, where it pushes nothing down; the status is always in the page,
              so the news is announced (politely) when it arrives. */}
          <p class="footer__status" role="status">
            {pwa?.offlineReady.value && store && <OfflineNote store={store} />}
          </p>
          <p>{t(counselorMode.value ? 'common:footer.privacyCounselor' : 'common:footer.privacy')}</p>
          <p>{t('common:footer.decides')}</p>
        </div>
      </footer>
    </>
  );
}
