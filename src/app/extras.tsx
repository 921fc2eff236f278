/**
 * Share links, case files and counselor mode: one lazy chunk, loaded only when one of them is used. Which of
 * its pages shows is the app state's page (state/navigation.ts); the shell hands over the link found at start-up.
 */
import { useAppState } from '../state';
import type { Store } from '../storage';
import { OpenShared } from '../share/OpenShared';
import { ConfirmReset } from './ConfirmReset';
import { ToolsPage } from './ToolsPage';
import { CounselorBar } from './counselor/CounselorBar';
import { nextClient } from './counselor/switch';
import { forgetTraces } from '../share/traces';

export interface ExtrasProps {
  /** "bar": the counselor bar in the header; "page": the link, tools or "next client?" page. */
  part: 'bar' | 'page';
  /** The share link's fragment found at start-up. */
  link?: string | null;
  store?: Store;
}

export function Extras({ part, link, store }: ExtrasProps) {
  const app = useAppState();
  if (part === 'bar') {
    return (
      <CounselorBar
        onNextClient={() => app.open('next-client')}
        onSettings={() => app.open('tools')}
        onIdleClear={() => {
          void forgetTraces();
          nextClient(app);
        }}
      />
    );
  }
  const over = app.page.value.over;
  if (over === 'link' && link) return <OpenShared fragment={link} />;
  if (over === 'next-client') return <ConfirmReset texts="share:counselor.reset" alwaysFiles onConfirm={() => nextClient(app)} onCancel={app.close} />;
  return <ToolsPage store={store} onClose={app.close} />;
}
