import { useEffect } from 'preact/hooks';

/** Keeps document.title in step with the page (screen readers announce it; the history list shows it). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
