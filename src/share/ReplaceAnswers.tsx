import { useState } from 'preact/hooks';
import { useAppState } from '../state';
import { pageTitle, t } from '../i18n';
import { Button, PageHeading, useDocumentTitle } from '../ui';
import { downloadCase } from './browser';

/**
 * "Replace your answers?": asked before a shared link or a file takes the place of answers already on the
 * device. Keeping them is as easy as replacing them, and they can be saved to a file first.
 */
export function ReplaceAnswers({ source, onReplace, onKeep }: { source: 'link' | 'file'; onReplace(): void; onKeep(): void }) {
  const app = useAppState();
  const [saved, setSaved] = useState(false);
  useDocumentTitle(pageTitle(t(`share:replace.${source}.title`)));
  const saveFirst = () => {
    downloadCase(app.draft.peek(), app.today.peek());
    setSaved(true);
  };
  return (
    <>
      <PageHeading focus>{t(`share:replace.${source}.title`)}</PageHeading>
      <p>{t(`share:replace.${source}.body`)}</p>
      <div class="button-group">
        <Button onClick={onReplace}>{t(`share:replace.${source}.open`)}</Button>
        <Button variant="secondary" onClick={onKeep}>
          {t('share:replace.keep')}
        </Button>
      </div>
      <p>
        <Button variant="link" onClick={saveFirst}>
          {t('share:replace.saveFirst')}
        </Button>
      </p>
      <p role="status">{saved ? t('share:replace.savedFirst') : ''}</p>
    </>
  );
}
