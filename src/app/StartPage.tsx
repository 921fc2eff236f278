import { useAppState } from '../state';
import { pageTitle, t } from '../i18n';
import { Button, PageHeading, useDocumentTitle } from '../ui';
import { counselorMode } from './counselor-mode';
import { RespondentChoice } from '../wizard/RespondentChoice';

/** What the app does, that nothing leaves the device, and the way in (or back in). */
export function StartPage({ onRestart, onTools, focusHeading }: { onRestart(): void; onTools?(): void; focusHeading: boolean }) {
  const app = useAppState();
  const started = app.visited.value.length > 0;
  useDocumentTitle(pageTitle(t('common:start.title')));
  return (
    <>
      <PageHeading focus={focusHeading} class="heading-xl">
        {t('common:start.title')}
      </PageHeading>
      <p class="lead">{t('common:start.lead')}</p>
      <p>{t('common:start.privacy')}</p>
      {/* In counselor mode nothing stays on the device: the page must not promise that answers do. */}
      <p>{t(counselorMode.value ? 'common:start.timeCounselor' : 'common:start.time')}</p>
      {/* Who answers: the questions then say "ご本人" instead of "あなた"; counselor mode keeps nothing. */}
      <RespondentChoice keep={!counselorMode.value} />
      {started ? (
        <>
          <h2 class="heading-m">{t('common:start.resumeTitle')}</h2>
          <p>{t('common:start.resumeBody')}</p>
          <div class="button-group">
            <Button onClick={() => app.next()}>{t('common:nav.resume')}</Button>
            <Button variant="secondary" onClick={onRestart}>
              {t('common:nav.restart')}
            </Button>
          </div>
        </>
      ) : (
        <div class="button-group">
          <Button onClick={() => app.next()}>{t('common:nav.start')}</Button>
        </div>
      )}
      <p class="inset">{t('common:start.decides')}</p>
      {onTools && (
        <p>
          <Button variant="link" onClick={onTools}>
            {t('common:start.tools')}
          </Button>
        </p>
      )}
    </>
  );
}
