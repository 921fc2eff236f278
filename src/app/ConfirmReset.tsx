import { pageTitle, t } from '../i18n';
import { BackLink, Button, PageHeading, useDocumentTitle } from '../ui';
import { fileDownloaded, forgetTraces } from '../share/traces';

/**
 * "Start again?": deleting every answer is asked once more, with the way back first. `texts` names other
 * texts with the same keys (the counselor's "next client"). A case file saved to the device's downloads is out
 * of the app's reach: the page says so (always for the counselor, else when one was saved in this session).
 * Confirming also clears the clipboard if this page copied the share link into it.
 */
export function ConfirmReset({
  onConfirm,
  onCancel,
  texts = 'common:reset',
  alwaysFiles = false,
}: {
  onConfirm(): void;
  onCancel(): void;
  texts?: string;
  alwaysFiles?: boolean;
}) {
  useDocumentTitle(pageTitle(t(`${texts}.title`)));
  const confirm = () => {
    void forgetTraces();
    onConfirm();
  };
  return (
    <>
      <BackLink label={t('common:nav.back')} onClick={onCancel} />
      <PageHeading focus>{t(`${texts}.title`)}</PageHeading>
      <p>{t(`${texts}.body`)}</p>
      {(alwaysFiles || fileDownloaded()) && <p class="inset">{t('common:reset.files')}</p>}
      <div class="button-group">
        <Button variant="warning" onClick={confirm}>
          {t(`${texts}.confirm`)}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t(`${texts}.cancel`)}
        </Button>
      </div>
    </>
  );
}
