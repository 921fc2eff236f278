/** Shared browser-test helpers: a guard against any request to another host, and axe. */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';

/** Records every http(s)/ws request to a host other than 127.0.0.1; specs assert the list stays empty. */
export function guardForeignRequests(context: BrowserContext): string[] {
  const foreign: string[] = [];
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (/^(https?|wss?):$/.test(u.protocol) && u.hostname !== '127.0.0.1') foreign.push(r.url());
  });
  return foreign;
}

/** axe violations for WCAG 2.2 A/AA and best practice, as "rule: target" lines (empty = clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}
