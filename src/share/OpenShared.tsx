/**
 * Opening a share link: read the case from the fragment, then show its results, ask first when it would
 * replace other answers, or say why the link cannot be opened. The answers on the device are never touched
 * unless the person chooses the shared ones. The fragment is cleared once the person has decided.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Case } from '../case/schema';
import { useAppState } from '../state';
import { pageTitle, t } from '../i18n';
import { Button, PageHeading, useDocumentTitle } from '../ui';
import { decodeFragment, type LinkError } from './codec';
import { wouldReplace } from './browser';
import { ProblemList } from './ProblemList';
import { ReplaceAnswers } from './ReplaceAnswers';
import { hasAnswers } from './case-file';
import { parseCase } from '../case/parse';

type State = { kind: 'reading' } | { kind: 'error'; error: LinkError } | { kind: 'ask'; case: Case };

export function OpenShared({ fragment }: { fragment: string }) {
  const app = useAppState();
  const [state, setState] = useState<State>({ kind: 'reading' });

  // The link leaves the address first: the results page's history entry must not carry it.
  const open = (c: Case) => {
    app.forgetLink();
    app.replaceCase(c);
  };
  const close = () => {
    app.forgetLink();
    app.close();
  };

  useEffect(() => {
    let live = true;
    Promise.all([decodeFragment(fragment), app.ready()]).then(
      ([out]) => {
        if (!live) return;
        // Fully checked before anything is replaced: a link without asOf is also held to today's date in Japan.
        const checked = out.ok ? parseCase(out.case, { today: app.today.peek() }) : null;
        if (!out.ok) setState({ kind: 'error', error: out.error });
        else if (!checked!.ok) setState({ kind: 'error', error: { code: 'invalid-case', problems: checked!.problems } });
        else if (wouldReplace(app, checked!.case)) setState({ kind: 'ask', case: checked!.case });
        else open(checked!.case);
      },
      // Only app.ready() can reject (its chunk did not load): nothing was read, nothing changes.
      () => live && setState({ kind: 'error', error: { code: 'unsupported' } }),
    );
    return () => {
      live = false;
    };
  }, [fragment]);

  if (state.kind === 'ask') return <ReplaceAnswers source="link" onReplace={() => open(state.case)} onKeep={close} />;
  if (state.kind === 'error') return <LinkRefused error={state.error} kept={hasAnswers(app.draft.value) || app.visited.value.length > 0} onContinue={close} />;
  return (
    <p class="loading" role="status">
      {t('share:open.reading')}
    </p>
  );
}

function LinkRefused({ error, kept, onContinue }: { error: LinkError; kept: boolean; onContinue(): void }) {
  useDocumentTitle(pageTitle(t('share:open.errorTitle'), true));
  return (
    <>
      <PageHeading focus>{t('share:open.errorTitle')}</PageHeading>
      <p>{t(`share:open.error.${error.code}`)}</p>
      {error.problems && <ProblemList problems={error.problems} />}
      {error.code !== 'newer-version' && error.code !== 'unsupported' && <p>{t('share:open.askAgain')}</p>}
      {kept && <p>{t('share:open.kept')}</p>}
      <div class="button-group">
        <Button onClick={onContinue}>{t('share:open.continue')}</Button>
      </div>
    </>
  );
}
