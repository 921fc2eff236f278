import { pageTitle, t } from '../i18n';
import { BackLink, Button, PageHeading, useDocumentTitle } from '../ui';

/** "Start again?": deleting every answer is asked once more, with the way back first. */
export function ConfirmReset({ onConfirm, onCancel }: { onConfirm(): void; onCancel(): void }) {
  useDocumentTitle(pageTitle(t('common:reset.title')));
  return (
    <>
      <BackLink label={t('common:nav.back')} onClick={onCancel} />
      <PageHeading focus>{t('common:reset.title')}</PageHeading>
      <p>{t('common:reset.body')}</p>
      <div class="button-group">
        <Button variant="warning" onClick={onConfirm}>
          {t('common:reset.confirm')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common:reset.cancel')}
        </Button>
      </div>
    </>
  );
}
