import { t } from '../../i18n';
import { IdleGuard } from './IdleGuard';

/** Always in view in counselor mode: that nothing is kept, and the one-tap way to the next client. */
export function CounselorBar({ onNextClient, onSettings, onIdleClear }: { onNextClient(): void; onSettings(): void; onIdleClear(): void }) {
  return (
    <section class="counselor-bar" aria-label={t('share:counselor.bar.label')}>
      <div class="counselor-bar__inner">
        <p class="counselor-bar__text">{t('share:counselor.bar.text')}</p>
        <div class="counselor-bar__actions">
          <button type="button" class="button button--secondary" onClick={onSettings}>
            {t('share:counselor.bar.settings')}
          </button>
          <button type="button" class="button button--warning" onClick={onNextClient}>
            {t('share:counselor.bar.next')}
          </button>
        </div>
        <IdleGuard onClear={onIdleClear} />
      </div>
    </section>
  );
}
