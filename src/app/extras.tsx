/**
 * Share links, case files and counselor mode: one lazy chunk, loaded only when one of them is used. The shell
 * hands over its two signals (the link found at start-up, the page shown over the current step).
 */
import type { Signal } from '@preact/signals';
import { useAppState } from '../state';
import type { Store } from '../storage';
import { OpenShared } from '../share/OpenShared';
import { ConfirmReset } from './ConfirmReset';
import { ToolsPage } from './ToolsPage';
import { CounselorBar } from './counselor/CounselorBar';
import { nextClient } from './counselor/switch';
import { forgetTraces } from '../share/traces';

export type Over = null | 'reset' | 'next' | 'tools';

export interface ExtrasProps {
  /** "bar": the counselor bar in the header; "page": the link, tools or "next client?" page. */
  part: 'bar' | 'page';
  incoming: Signal<string | null>;
  over: Signal<Over>;
  store?: Store;
}

export function Extras({ part, incoming, over, store }: ExtrasProps) {
  const app = useAppState();
  const close = () => (over.value = null);
  if (part === 'bar') {
    return (
      <CounselorBar
        onNextClient={() => {
          incoming.value = null;
          over.value = 'next';
        }}
        onSettings={() => (over.value = 'tools')}
        onIdleClear={() => {
          void forgetTraces();
          nextClient(app);
          incoming.value = null;
          close();
        }}
      />
    );
  }
  if (incoming.value) return <OpenShared fragment={incoming.value} onDone={() => (incoming.value = null)} />;
  if (over.value === 'next') {
    return (
      <ConfirmReset
        texts="share:counselor.reset"
        alwaysFiles
        onConfirm={() => {
          nextClient(app);
          close();
        }}
        onCancel={close}
      />
    );
  }
  return <ToolsPage store={store} onClose={close} />;
}
