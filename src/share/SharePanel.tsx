/**
 * On the results page: the answers as a link (copy, send with another app), a QR code and a file, with plain
 * words on what the link holds. The link is made on the device; the QR library loads only when asked.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../state';
import { t, tPlain } from '../i18n';
import { Button } from '../ui';
import { encodeCase, shareUrl } from './codec';
import { downloadCase } from './browser';
import { noteFileDownloaded, noteLinkCopied } from './traces';
import './share.css';

type Qr = ComponentType<{ text: string; label: string; tooLong: string }>;

/** The QR view's chunk: fetched on the first "show QR code". */
export const loadQr = (): Promise<Qr> => import('./QrCode').then((m) => m.QrCode);

export function SharePanel({ qrLoader = loadQr }: { qrLoader?: () => Promise<Qr> }) {
  const app = useAppState();
  const draft = app.draft.value;
  const [link, setLink] = useState<string | null>(null);
  const [linkFailed, setLinkFailed] = useState(false);
  const [status, setStatus] = useState('');
  const [showField, setShowField] = useState(false);
  const [qrOpen, setQrOpen] = useState(false);
  const [Qr, setQr] = useState<Qr | null>(null);
  const [qrFailed, setQrFailed] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    let live = true;
    setLink(null);
    encodeCase(draft).then(
      (fragment) => live && setLink(shareUrl(location.href, fragment)),
      () => live && setLinkFailed(true),
    );
    return () => {
      live = false;
    };
  }, [draft]);

  // The fallback field: selected at once, so one "copy" gesture is left.
  useEffect(() => {
    if (showField) field.current?.select();
  }, [showField]);

  const copy = async () => {
    if (!link) return;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      noteLinkCopied();
      setStatus(t('share:panel.copied'));
    } catch {
      setStatus('');
      setShowField(true);
    }
  };
  const toggleQr = () => {
    const open = !qrOpen;
    setQrOpen(open);
    if (open && !Qr)
      qrLoader().then(
        (c) => setQr(() => c),
        () => setQrFailed(true),
      );
  };
  const sendWithApp = () => {
    if (!link) return;
    navigator.share({ title: tPlain('share:panel.shareTitle'), url: link }).catch(() => undefined); // cancelling is fine
  };
  const save = () => {
    downloadCase(app.draft.peek(), app.today.peek());
    noteFileDownloaded();
    setStatus(t('share:panel.saved'));
  };
  const canShare = typeof navigator.share === 'function';

  return (
    <section class="share" aria-labelledby="share-heading">
      <h2 class="heading-m" id="share-heading">
        {t('share:panel.heading')}
      </h2>
      <p>{t('share:panel.intro')}</p>
      <div class="share__privacy">
        <p class="share__privacy-title">{t('share:panel.privacyTitle')}</p>
        <p>{t('share:panel.privacy')}</p>
      </div>
      {linkFailed ? (
        <p>{t('share:panel.linkFailed')}</p>
      ) : !link ? (
        <p class="loading">{t('share:panel.preparing')}</p>
      ) : (
        <div class="button-group share__actions">
          <Button onClick={() => void copy()}>{t('share:panel.copy')}</Button>
          <button type="button" class="button button--secondary" aria-expanded={qrOpen} aria-controls="share-qr" onClick={toggleQr}>
            {t('share:panel.showQr')}
          </button>
          {canShare && (
            <Button variant="secondary" onClick={sendWithApp}>
              {t('share:panel.share')}
            </Button>
          )}
        </div>
      )}
      {/* A live region (not role=status): the results page keeps one status, the what-if's notice. */}
      <p aria-live="polite" class="share__status">
        {status}
      </p>
      {showField && link && (
        <div class="form-group share__field">
          <label class="import__label" for="share-link">
            {t('share:panel.linkLabel')}
          </label>
          <div id="share-link-hint" class="hint">
            {t('share:panel.linkHint')}
          </div>
          <textarea
            id="share-link"
            class="input share__link"
            readOnly
            rows={3}
            aria-describedby="share-link-hint"
            ref={field}
            onFocus={(e) => e.currentTarget.select()}
            onCopy={noteLinkCopied}
            value={link}
          />
        </div>
      )}
      <div id="share-qr" class="share__qr" hidden={!qrOpen}>
        {qrOpen &&
          link &&
          (qrFailed ? <p>{t('share:panel.qrFailed')}</p> : Qr ? <QrBlock Qr={Qr} link={link} /> : <p class="loading">{t('share:panel.qrLoading')}</p>)}
      </div>
      <div class="share__file">
        <Button variant="secondary" onClick={save}>
          {t('share:panel.save')}
        </Button>
        <p class="hint">{t('share:panel.saveHint')}</p>
      </div>
    </section>
  );
}

function QrBlock({ Qr, link }: { Qr: Qr; link: string }) {
  return (
    <figure class="share__figure">
      <Qr text={link} label={t('share:panel.qrLabel')} tooLong={t('share:panel.qrTooLong')} />
      <figcaption class="hint">{t('share:panel.qrHint')}</figcaption>
    </figure>
  );
}
