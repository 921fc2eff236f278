/**
 * Banners at the top of the page: answers not kept, answers not restored, update waiting; and the footer's
 * line that the app now works offline.
 */
import { useSignal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { useAppState } from '../state';
import type { TabSync } from './tabs';
import type { Store } from '../storage';
import type { PwaHandle } from '../pwa/register';
import { t } from '../i18n';
import { Button } from '../ui';
import { Notice } from '../ui/Notice';
import { questionForField } from '../wizard';
import { downloadKeptSaves } from '../share/kept-saves';

export function StorageNotice() {
  const problem = useAppState().storageProblem.value;
  if (!problem) return null;
  const key = problem === 'unavailable' ? 'unavailable' : problem === 'read-failed' ? 'readFailed' : 'saveFailed';
  return (
    <Notice tone="warning" title={t(`common:storage.${key}Title`)}>
      <p>{t(`common:storage.${key}Body`)}</p>
    </Notice>
  );
}

/** Names a dropped answer by its question's label; a field no question asks is shown as its path. */
function fieldLabel(path: string): string {
  const q = questionForField(path);
  return q ? t(`wizard:q.${q.id}.label`) : path;
}

export function RestoreNotice({ onRestart }: { onRestart(): void }) {
  const app = useAppState();
  const p = app.restoreProblem.value;
  if (!p) return null;
  const labels = [...new Set(p.dropped.map(fieldLabel))];
  return (
    <Notice tone="warning" title={t('common:restore.title')}>
      {p.problem === 'fields' ? (
        <>
          <p>{t('common:restore.fields')}</p>
          <ul class="list">
            {labels.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
          <p>{t('common:restore.fieldsKept')}</p>
        </>
      ) : (
        <p>{t(`common:restore.${p.problem}`)}</p>
      )}
      {p.rawKept && <p>{t('common:restore.rawKept')}</p>}
      {p.droppedOldest && <p>{t('common:restore.droppedOldest')}</p>}
      {p.rawKept && <KeptSavesDownload />}
      <div class="button-group">
        <Button variant="secondary" onClick={() => app.dismissRestoreProblem()}>
          {t('common:restore.continue')}
        </Button>
        <Button variant="secondary" onClick={onRestart}>
          {t('common:restore.restart')}
        </Button>
      </div>
    </Notice>
  );
}

/** The kept unreadable saves as a file to download, and, once downloaded, the choice to delete them here. */
function KeptSavesDownload() {
  const app = useAppState();
  const downloaded = useSignal(false);
  if (app.keptSaves.value === 0) return null;
  return (
    <>
      <div class="button-group">
        <Button
          variant="secondary"
          onClick={() => {
            downloadKeptSaves(app.keptSaveTexts(), app.today.peek());
            downloaded.value = true;
          }}
        >
          {t('common:restore.download')}
        </Button>
        {downloaded.value && (
          <Button variant="secondary" onClick={() => app.discardKeptSaves()}>
            {t('common:restore.discard')}
          </Button>
        )}
      </div>
      <p role="status">{downloaded.value ? t('common:restore.downloaded') : ''}</p>
    </>
  );
}

/** On a later visit: saves kept aside earlier are still offered, until downloaded and deleted. */
export function KeptSavesNotice() {
  const app = useAppState();
  if (app.keptSaves.value === 0 || app.restoreProblem.value) return null;
  return (
    <Notice tone="warning" title={t('common:restore.keptTitle')}>
      <p>{t('common:restore.keptBody', { count: app.keptSaves.value })}</p>
      <KeptSavesDownload />
    </Notice>
  );
}

/**
 * "Works offline now", once per device, in the footer's polite status (App.tsx): below the page, it pushes no
 * question or result down, and it stays there for the rest of the visit without being announced again.
 */
export function OfflineNote({ store }: { store: Store }) {
  // Decided once, when the news arrives; marked as said at once, so no later visit says it again.
  const [show] = useState(() => {
    const first = !store.getFlag('offline-ready-shown');
    if (first) store.setFlag('offline-ready-shown');
    return first;
  });
  if (!show) return null;
  return (
    <>
      <span aria-hidden="true">✓ </span>
      {t('common:pwa.offlineReady')}
    </>
  );
}

/** A new version is waiting: reload only when the person chooses to. */
export function PwaNotices({ pwa }: { pwa: PwaHandle }) {
  const later = useSignal(false);
  if (!pwa.needRefresh.value || later.value) return null;
  return (
    <Notice title={t('common:pwa.updateTitle')} live>
      <p>{t('common:pwa.updateBody')}</p>
      <div class="button-group">
        <Button onClick={() => void pwa.update()}>{t('common:pwa.reload')}</Button>
        <Button variant="secondary" onClick={() => (later.value = true)}>
          {t('common:pwa.later')}
        </Button>
      </div>
    </Notice>
  );
}

/** Another tab saved other answers: which ones to use? Until the person chooses, this tab saves nothing. */
export function TabsNotice({ tabs }: { tabs: TabSync }) {
  if (!tabs.conflict.value) return null;
  return (
    <Notice tone="warning" title={t('common:tabs.title')}>
      <p>{t('common:tabs.body')}</p>
      <div class="button-group">
        <Button variant="secondary" onClick={() => tabs.loadOthers()}>
          {t('common:tabs.load')}
        </Button>
        <Button variant="secondary" onClick={() => tabs.keepMine()}>
          {t('common:tabs.keep')}
        </Button>
      </div>
    </Notice>
  );
}

/** All banners; the app loads this module only when one of them has something to say. */
export function AllNotices({ onRestart, pwa, tabs }: { onRestart(): void; pwa?: PwaHandle; tabs?: TabSync }) {
  return (
    <>
      {tabs && <TabsNotice tabs={tabs} />}
      <StorageNotice />
      <RestoreNotice onRestart={onRestart} />
      <KeptSavesNotice />
      {pwa && <PwaNotices pwa={pwa} />}
    </>
  );
}
