import { pageTitle, t } from '../i18n';
import { BackLink, Button, PageHeading, useDocumentTitle } from '../ui';

/**
 * "Start again?": deleting every answer is asked once more, with the way back first. `texts` names other
 * texts with the same keys (the counselor's "next client").
 */
export function ConfirmReset({ onConfirm, onCancel, texts = 'common:reset' }: { onConfirm(): void; onCancel(): void; texts?: string }) {
  useDocumentTitle(pageTitle(t(`${texts}.title`)));
  return (
    <>
      <BackLink label={t('common:nav.back')} onClick={onCancel} />
      <PageHeading focus>{t(`${texts}.title`)}</PageHeading>
      <p>{t(`${texts}.body`)}</p>
      <div class="button-group">
        <Button variant="warning" onClick={onConfirm}>
          {t(`${texts}.confirm`)}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t(`${texts}.cancel`)}
        </Button>
      </div>
    </>
  );
}
