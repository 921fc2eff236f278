/**
 * The handout page: on screen a preview with a print button; in print only the handout itself (handout.css).
 * Opened from the results, it asks the browser to print at once; the preview stays for a second try.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Result } from '../case/schema';
import { pageTitle, t } from '../i18n';
import { getField, useAppState } from '../state';
import { BackLink, PageHeading, useDocumentTitle } from '../ui';
import { questionById } from '../wizard';
import { formatAnswer } from '../wizard/answers';
import { encodeCase, shareUrl } from '../share/codec';
import { Handout, type AnswerRow } from './Handout';
import './handout.css';

export interface HandoutViewProps {
  result: Result;
  onClose(): void;
  /** Open the print dialog once the handout is on screen. */
  autoPrint?: boolean;
}

export function printHandout(): void {
  if (typeof window.print === 'function') window.print();
}

/** The answers to the questions asked, as the check-answers page words them. */
export function useAnswerRows(): AnswerRow[] {
  const app = useAppState();
  const draft = app.draft.value;
  const visited = app.visited.value;
  return app.active.value.map((id) => {
    const q = questionById(id)!;
    return { id, label: t(`wizard:q.${id}.label`), value: formatAnswer(q, getField(draft, q.field), visited.includes(id)).text };
  });
}

/** The share link of the answers, for the handout's QR code: reopens the same results on any device (made here). */
function useResultsLink(): string | null {
  const draft = useAppState().draft.value;
  const [link, setLink] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    encodeCase(draft).then(
      (fragment) => live && setLink(shareUrl(location.href, fragment)),
      () => live && setLink(null),
    );
    return () => {
      live = false;
    };
  }, [draft]);
  return link;
}

export function HandoutView({ result, onClose, autoPrint = false }: HandoutViewProps) {
  useDocumentTitle(pageTitle(t('handout:pageTitle')));
  const answers = useAnswerRows();
  const link = useResultsLink();
  useEffect(() => {
    if (!autoPrint) return;
    // After the handout has been laid out, so the print preview shows it.
    const id = setTimeout(printHandout, 50); // not law: a short delay in ms so the page paints before printing
    return () => clearTimeout(id);
  }, []);
  return (
    <div class="handout-page">
      <div class="handout-page__screen">
        <BackLink label={t('handout:screen.back')} onClick={onClose} />
        <PageHeading focus>{t('handout:screen.heading')}</PageHeading>
        <p class="lead">{t('handout:screen.lead')}</p>
        <div class="button-group">
          <button type="button" class="button button--primary" onClick={printHandout} aria-describedby="handout-print-hint">
            {t('handout:screen.print')}
          </button>
          <button type="button" class="button button--secondary" onClick={onClose}>
            {t('handout:screen.back')}
          </button>
        </div>
        <p class="hint" id="handout-print-hint">
          {t('handout:screen.printHint')}
        </p>
      </div>
      <section class="handout-page__sheet" aria-label={t('handout:screen.preview')}>
        <Handout result={result} answers={answers} link={link} />
      </section>
    </div>
  );
}
