import { useState } from 'preact/hooks';
import type { Case } from '../case/schema';
import { t } from '../i18n';
import { useAppState } from '../state';
import { readCaseFile, type FileOutcome } from './case-file';
import { ProblemList } from './ProblemList';
import './share.css';

type Refused = Extract<FileOutcome, { ok: false }>;

/**
 * Choosing a case file: read and checked on the device; a refused file says why, naming each field. A valid
 * case goes to `onCase` (the page asks before it replaces anything).
 */
export function ImportCase({ onCase }: { onCase(c: Case): void }) {
  const app = useAppState();
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<Refused | null>(null);
  const onChange = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setRefused(null);
    const out = await readCaseFile(file, app.today.peek());
    setBusy(false);
    // Lets the same file be chosen again once it is fixed.
    input.value = '';
    if (out.ok) onCase(out.case);
    else setRefused(out);
  };
  const describedBy = refused ? 'case-file-hint case-file-error' : 'case-file-hint';
  return (
    <section class="import" aria-labelledby="import-heading">
      <h2 class="heading-m" id="import-heading">
        {t('share:file.heading')}
      </h2>
      <p>{t('share:file.intro')}</p>
      <div class={`form-group${refused ? ' form-group--error' : ''}`}>
        <label class="import__label" for="case-file">
          {t('share:file.label')}
        </label>
        <div id="case-file-hint" class="hint">
          {t('share:file.hint')}
        </div>
        {refused && (
          <div id="case-file-error" class="import__error" role="alert">
            <p class="error-message">
              <span class="visually-hidden">{t('common:error.prefix')}</span>
              {t('share:file.errorTitle')}
            </p>
            <p>{t(`share:file.error.${refused.code}`)}</p>
            {refused.problems && <ProblemList problems={refused.problems} />}
          </div>
        )}
        <input
          class="import__input"
          type="file"
          id="case-file"
          accept=".json,application/json"
          aria-describedby={describedBy}
          aria-invalid={refused ? true : undefined}
          onChange={(e) => void onChange(e)}
        />
      </div>
      <p role="status">{busy ? t('share:file.reading') : ''}</p>
    </section>
  );
}
