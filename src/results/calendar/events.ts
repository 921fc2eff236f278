/**
 * The plan as calendar events, in the reader's language: each step, deadline and review over its dates; a period
 * (the 定着 window, 移行's months) as one event on the day it begins, so a calendar is not covered for years.
 * The summary names the step and its services; the description says whom to contact (the municipality by name and
 * its official site where the case names it), what to bring and ask.
 */
import type { TimelineEntry } from '../../case/schema';
import { tPlain } from '../../i18n';
import { contactName, documentKey, officeSearchWords, questionKey, stepTitleKey } from '../format';
import type { CalendarEvent } from './ics';

const plainList = (items: readonly string[]) => items.join(tPlain('common:list.separator'));

export function entryUid(e: TimelineEntry): string {
  return `${e.step}.${e.services.join('.')}@shuro-check.invalid`;
}

export function planEvents(entries: readonly TimelineEntry[]): CalendarEvent[] {
  const seen = new Map<string, number>();
  return entries.map((e) => {
    const base = entryUid(e);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const services = plainList(e.services.map((id) => tPlain(`results:service.${id}.name`)));
    const summary = `${tPlain(stepTitleKey(e.step))}${tPlain('timeline:titleFor', { services })}${e.estimated ? tPlain('timeline:calendar.estimated') : ''}`;
    const lines = [`${tPlain('timeline:calendar.contact')}: ${contactName(e, tPlain)}`];
    // The municipality's official site and words to find its 障害福祉 page, where the case names it.
    if (e.office) {
      lines.push(`${tPlain('timeline:calendar.site')}: ${e.office.officialSite}`);
      lines.push(tPlain('timeline:office.search', { words: officeSearchWords(e.office, e.services[0], tPlain) }));
    }
    if (e.documents.length) lines.push(`${tPlain('timeline:calendar.bring')}: ${plainList(e.documents.map((d) => tPlain(documentKey(d))))}`);
    for (const q of e.questions) lines.push(`${tPlain('timeline:calendar.ask')}: ${tPlain(questionKey(q))}`);
    return {
      uid: n === 1 ? base : base.replace('@', `.${n}@`),
      first: e.from,
      last: e.kind === 'window' ? e.from : e.to,
      summary,
      description: lines.join('\n'),
    };
  });
}
