/**
 * What is wrong with a link or file, as a list the app speaks and the file does not: anything taken from the
 * file (a key it made up, a value) is shortened, its control characters escaped, and shown as a quotation
 * (<q>, <code>), never as the app's own words; and the list stops after the first few with a count, so a
 * file cannot fill the page (or repeat "…に電話してください" twenty times under the app's heading).
 */
import type { CaseProblem } from '../case/issues';
import { quoteText } from '../case/quote';
import { has, t } from '../i18n';
import { questionForField } from '../wizard';

/** Problems listed; the rest are counted. */
export const MAX_PROBLEMS_SHOWN = 5;

// Private-use marks where the quoted parts go; any in the file's own text are removed first.
const FIELD = '\uE000';
const GOT = '\uE001';
const MARKS = /[\uE000\uE001]/g;

function Field({ p }: { p: CaseProblem }) {
  if (!p.field) return <>{t('share:file.wholeFile')}</>;
  const path = quoteText(p.field.replace(MARKS, ''));
  // A key the file made up: its own text, quoted.
  if (p.key === 'unknown-field')
    return (
      <q class="quoted" translate={false}>
        {path}
      </q>
    );
  const q = questionForField(p.field);
  if (!q) return <code translate={false}>{path}</code>;
  const [before, after = ''] = t('share:file.field', { label: t(`wizard:q.${q.id}.label`), path: FIELD }).split(FIELD);
  return (
    <>
      {before}
      <code translate={false}>{path}</code>
      {after}
    </>
  );
}

function Problem({ p }: { p: CaseProblem }) {
  const key = has(`errors:case.${p.key}`) ? p.key : 'invalid';
  const got = p.params.got === undefined ? '' : quoteText(String(p.params.got).replace(MARKS, ''));
  const text = t(`errors:case.${key}`, { ...p.params, field: FIELD, got: GOT });
  const parts = text.split(/([\uE000\uE001])/);
  return (
    <li>
      {parts.map((part, i) =>
        part === FIELD ? (
          <Field key={i} p={p} />
        ) : part === GOT ? (
          <code key={i} class="quoted" translate={false}>
            {got}
          </code>
        ) : (
          part
        ),
      )}
    </li>
  );
}

export function ProblemList({ problems }: { problems: readonly CaseProblem[] }) {
  const more = problems.length - MAX_PROBLEMS_SHOWN;
  return (
    <ul class="list">
      {problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
        <Problem key={i} p={p} />
      ))}
      {more > 0 && <li>{t('errors:case.more-problems', { count: more })}</li>}
    </ul>
  );
}
