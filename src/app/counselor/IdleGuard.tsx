/**
 * Counselor mode, optional: after some minutes with nobody using the screen, the answers are cleared as by
 * "next person", so a tablet left on a desk does not show the last client's answers to the next one. Off by
 * default; a warning with a countdown comes first, and "continue" (or any touch or key) stops it. The setting
 * lives in memory only, like everything in counselor mode.
 */
import { signal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import { START, useAppState } from '../../state';
import { t } from '../../i18n';

/** Minutes without use before the answers are cleared; 0 = never. */
export const idleMinutes = signal(0);
export const IDLE_CHOICES = [0, 5, 10, 20] as const;
/** The warning comes this long before the answers are cleared. */
const WARN_SECONDS = 60;

export function IdleGuard({ onClear }: { onClear(): void }) {
  const app = useAppState();
  const minutes = idleMinutes.value;
  const [left, setLeft] = useState<number | null>(null);
  const last = useRef(Date.now());
  useEffect(() => {
    setLeft(null);
    if (!minutes) return;
    last.current = Date.now();
    const touch = () => {
      last.current = Date.now();
      setLeft(null);
    };
    const events = ['pointerdown', 'keydown', 'input'] as const;
    for (const e of events) document.addEventListener(e, touch, { capture: true, passive: true });
    const timer = setInterval(() => {
      // Nothing on screen to protect: the clock starts again when someone begins.
      const nothing = app.step.peek() === START && app.visited.peek().length === 0 && Object.keys(app.draft.peek()).length <= 1;
      if (nothing) return touch();
      const remaining = Math.ceil(minutes * 60 - (Date.now() - last.current) / 1000);
      if (remaining <= 0) {
        touch();
        onClear();
      } else setLeft(remaining <= WARN_SECONDS ? remaining : null);
    }, 1000);
    return () => {
      clearInterval(timer);
      for (const e of events) document.removeEventListener(e, touch, { capture: true });
    };
  }, [minutes]);
  if (left === null) return null;
  return (
    <div class="idle-warning" role="alertdialog" aria-labelledby="idle-title" aria-describedby="idle-body">
      <p class="idle-warning__title" id="idle-title">
        {t('share:counselor.idle.title')}
      </p>
      <p id="idle-body">{t('share:counselor.idle.body', { seconds: left })}</p>
      {/* Any touch continues; the button says so in words. */}
      <button type="button" class="button">
        {t('share:counselor.idle.continue')}
      </button>
    </div>
  );
}
