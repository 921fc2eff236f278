/** A case problem in words: the field named by its question (and its path), the message from errors.json. */
import type { CaseProblem } from '../case/issues';
import { has, t } from '../i18n';
import { questionForField } from '../wizard';

export function problemText(p: CaseProblem): string {
  const q = p.field ? questionForField(p.field) : undefined;
  const field = !p.field ? t('share:file.wholeFile') : q ? t('share:file.field', { label: t(`wizard:q.${q.id}.label`), path: p.field }) : p.field;
  const key = has(`errors:case.${p.key}`) ? p.key : 'invalid';
  return t(`errors:case.${key}`, { got: '', ...p.params, field });
}
