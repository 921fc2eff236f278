/** Counselor mode and opening a saved file: reached from the start page (and the counselor bar). */
import { useState } from 'preact/hooks';
import type { Case } from '../case/schema';
import { useAppState } from '../state';
import type { Store } from '../storage';
import { pageTitle, t } from '../i18n';
import { BackLink, Choices, PageHeading, useDocumentTitle } from '../ui';
import { ImportCase } from '../share/ImportCase';
import { ReplaceAnswers } from '../share/ReplaceAnswers';
import { wouldReplace } from '../share/browser';
import { counselorMode } from './counselor-mode';
import { setCounselorMode } from './counselor/switch';
import { IDLE_CHOICES, idleMinutes } from './counselor/IdleGuard';

export function ToolsPage({ store, onClose }: { store?: Store; onClose(): void }) {
  const app = useAppState();
  const [incoming, setIncoming] = useState<Case | null>(null);
  const [status, setStatus] = useState('');
  useDocumentTitle(pageTitle(t('share:tools.title')));

  // The results take the tools page's place (and its history entry).
  const open = (c: Case) => app.replaceCase(c);
  if (incoming) return <ReplaceAnswers source="file" onReplace={() => open(incoming)} onKeep={() => setIncoming(null)} />;

  const on = counselorMode.value;
  const toggle = (next: boolean) => {
    if (!store) return;
    setCounselorMode(next, app, store);
    setStatus(t(next ? 'share:counselor.on' : 'share:counselor.off'));
  };
  return (
    <>
      <BackLink label={t('common:nav.back')} onClick={onClose} />
      <PageHeading focus>{t('share:tools.title')}</PageHeading>
      {store && (
        <section aria-labelledby="counselor-heading">
          <h2 class="heading-m" id="counselor-heading">
            {t('share:counselor.heading')}
          </h2>
          <p>{t('share:counselor.intro')}</p>
          <ul class="list">
            {(['large', 'memory', 'next'] as const).map((k) => (
              <li key={k}>{t(`share:counselor.points.${k}`)}</li>
            ))}
          </ul>
          <Choices
            type="checkbox"
            name="counselor-mode"
            options={[{ value: 'on', label: t('share:counselor.switch'), hint: t('share:counselor.switchHint') }]}
            after={[]}
            checked={() => on}
            onToggle={(_, checked) => toggle(checked)}
          />
          <p role="status">{status}</p>
          {on && (
            <fieldset class="fieldset">
              <legend class="fieldset__legend">{t('share:counselor.idle.label')}</legend>
              <p class="hint">{t('share:counselor.idle.hint')}</p>
              <Choices
                type="radio"
                name="counselor-idle"
                options={IDLE_CHOICES.map((m) => ({
                  value: String(m),
                  label: m ? t('share:counselor.idle.minutes', { count: m }) : t('share:counselor.idle.off'),
                }))}
                after={[]}
                checked={(v) => String(idleMinutes.value) === v}
                onToggle={(v, checked) => checked && (idleMinutes.value = Number(v))}
              />
            </fieldset>
          )}
        </section>
      )}
      <ImportCase onCase={(c) => (wouldReplace(app, c) ? setIncoming(c) : open(c))} />
    </>
  );
}
