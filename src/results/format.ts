/**
 * How the results views turn a Result's ids and params into locale keys and display values. The views only
 * read the Result: nothing here decides eligibility. Key schemes (locales/{lang}/…):
 *   reasons:<rule id>.title | .<status>[_<variant>]     results:changes.field.<case path> | .fact.<name>
 *   timeline:steps.<step>.title | .body                  timeline:contacts.<id>.name | .what
 *   timeline:documents.<id>                              timeline:questions.<id>[Proxy]
 * Rule ids and case paths contain dots: i18next finds such flat keys inside a nested object, so the JSON
 * keeps them as written ("transition.age", "work.startedOn"). A colon would be read as a namespace, hence
 * "field:work.status" → changes.field.work.status.
 */
import type { Reason, Result, TimelineEntry, TimelineOffice } from '../case/schema';
import { currentLanguage, formatDate, formatYen, t, voicedKey } from '../i18n';
import { answersForSomeone } from '../state/respondent';

type Params = NonNullable<Reason['params']>;

export const reasonTitleKey = (rule: string) => `reasons:${rule}.title`;
export const reasonKey = (rule: string, status: string) => `reasons:${rule}.${status}`;

/** A change id ("field:work.status", "fact:in-work-use") as its locale key. */
export function changeKey(id: string): string {
  const i = id.indexOf(':');
  return `results:changes.${id.slice(0, i)}.${id.slice(i + 1)}`;
}

/** The case path of a `field:` change id, or undefined for any other id. */
export function changeField(id: string): string | undefined {
  return id.startsWith('field:') ? id.slice('field:'.length) : undefined;
}

/**
 * Fields the wizard cannot ask again (the date the answers describe is today, or the imported case's date):
 * shown as a sentence rather than a "change your answer" button.
 */
const NOT_A_QUESTION = new Set(['asOf']);
export const isAskable = (field: string) => !NOT_A_QUESTION.has(field);

export const stepTitleKey = (step: string) => `timeline:steps.${step}.title`;
export const stepBodyKey = (step: string) => `timeline:steps.${step}.body`;
export const contactNameKey = (id: string) => `timeline:contacts.${id}.name`;
export const contactWhatKey = (id: string) => `timeline:contacts.${id}.what`;
export const documentKey = (id: string) => `timeline:documents.${id}`;
/**
 * A question to read out at the office, in the reader's voice: "I"/"my" when the person answers, its `Proxy` twin
 * ("the person") when a family member or supporter does (a language whose text is already neutral has no twin).
 */
export const questionKey = (id: string) => voicedKey(`timeline:questions.${id}`, answersForSomeone());

/** A place name with its reading, as furigana markup in a language that shows readings (やさしい日本語). */
export function withReading(name: string, kana: string | undefined): string {
  return kana && currentLanguage().ruby ? `{${name}|${kana}}` : name;
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * Whom to contact for a step, by name: where the engine named the municipality's office (the case names its
 * municipality), that office in the engine's wording (its own counter, or a 指定都市's ward office); else the kind.
 */
export function contactName(e: Pick<TimelineEntry, 'contact' | 'office'>, tr: Translate = t): string {
  if (!e.office) return tr(contactNameKey(e.contact));
  return tr(`timeline:office.name.${e.office.counter}`, { name: withReading(e.office.name, e.office.kana) });
}

/** The office the plan names, if the case names its municipality (the same on every municipality step). */
export function resultOffice(r: Pick<Result, 'timeline'>): TimelineOffice | undefined {
  return r.timeline.find((e) => e.office)?.office;
}

/** Words to find the municipality's 障害福祉 page for a service on its site: "横浜市 障害福祉 就労移行支援". */
export function officeSearchWords(office: TimelineOffice, service: string | undefined, tr: Translate = t): string {
  const place = office.city ? withReading(office.city.name, office.city.kana) : withReading(office.name, office.kana);
  return tr('timeline:office.searchWords', { place, service: service ? tr(`timeline:office.service.${service}`) : '' }).trim();
}

/** A service's display name (the `ids` are ServiceId or the other welfare services a job can follow). */
export function serviceName(id: string): string {
  return t(`results:service.${id}.name`);
}

/** Joins display strings with the language's list separator (、 / , ). */
export function joinList(items: readonly string[]): string {
  return items.join(t('common:list.separator'));
}

/** Dates and yen amounts in reason params, by param name; everything else is passed through or mapped below. */
const DATE_PARAMS = new Set(['from', 'opensOn', 'endsOn', 'reviewOn', 'until', 'unknownAfter', 'appliesFrom']);
const YEN_PARAMS = new Set(['cap', 'singleLow', 'singleHigh', 'withDependantHigh', 'disabledUnder', 'levy', 'line', 'fee', 'share']);

/**
 * The values a reason's text interpolates, formatted for the current language: dates as 2026年9月1日,
 * yen as 9,300円, service ids as names, and a few composed values (what establishes the disability basis,
 * the pay the copay estimate used), chosen by the params present, never by rule id. `asOf` is always available.
 */
export function reasonParams(r: Reason, asOf: string): Record<string, string | number | boolean> {
  const p: Params = r.params ?? {};
  const out: Record<string, string | number | boolean> = { asOf: formatDate(asOf) };
  for (const [k, v] of Object.entries(p)) {
    if (typeof v === 'string' && DATE_PARAMS.has(k)) out[k] = formatDate(v);
    else if (typeof v === 'number' && YEN_PARAMS.has(k)) out[k] = formatYen(v);
    else out[k] = v;
  }
  if (typeof p.via === 'string') out.via = serviceName(p.via);
  // A place the engine named (a 指定都市 for the 6% rule), with its reading where the language shows readings.
  if (typeof p.place === 'string') out.place = withReading(p.place, typeof p.placeKana === 'string' ? p.placeKana : undefined);
  if (typeof p.before === 'string') out.before = joinList(p.before.split(',').filter(Boolean).map(requiredBeforeName));
  // Composed from several params; only the texts that interpolate them use them.
  if ('handbooks' in p || 'certificate' in p || 'disease' in p) out.basis = basisList(p);
  out.pay = payList(p);
  if (typeof p.standard === 'number' && typeof p.extension === 'number') out.total = p.standard + p.extension;
  return out;
}

/** In choice.required, "employment-transition" means extending 就労移行支援 past the standard period. */
export function requiredBeforeName(id: string): string {
  return id === 'employment-transition' ? t('results:service.employment-transition.extension') : serviceName(id);
}

function basisList(p: Params): string {
  const items: string[] = [];
  const handbooks = typeof p.handbooks === 'string' ? p.handbooks.split(',').filter(Boolean) : [];
  for (const h of handbooks) items.push(t(`results:basis.handbook.${h}`));
  if (p.certificate === true) items.push(t('results:basis.certificate'));
  if (p.disease === true) items.push(t('results:basis.disease'));
  return joinList(items);
}

function payList(p: Params): string {
  const items: string[] = [];
  if (typeof p.self === 'number') items.push(t('results:copay.pay.self', { amount: formatYen(p.self) }));
  if (typeof p.spouse === 'number') items.push(t('results:copay.pay.spouse', { amount: formatYen(p.spouse) }));
  return items.length ? joinList(items) : t('results:copay.pay.none');
}

/** The text of one reason in the current language. */
export function reasonText(r: Reason, asOf: string): string {
  // The engine says which wording applies (Reason.variant); i18next's context picks `<status>_<variant>`.
  return t(reasonKey(r.rule, r.status), { ...reasonParams(r, asOf), ...(r.variant ? { context: r.variant } : {}) });
}

/** A date range as people read it: one date when both ends are the same day. */
export function formatRange(from: string, to: string): string {
  return from === to ? formatDate(from) : t('timeline:range', { from: formatDate(from), to: formatDate(to) });
}
