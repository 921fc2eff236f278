/** "Check your answers": every question asked, its answer, and a change link that comes back here. */
import { CHECK, RESULTS, getField, useAppState } from '../state';
import { pageTitle, t } from '../i18n';
import { BackLink, Button, PageHeading, useDocumentTitle } from '../ui';
import { SummaryList, type SummaryRow } from '../ui/SummaryList';
import { questionById } from './questions';
import { formatAnswer } from './answers';
import { voiced } from './voice';

export function CheckAnswers({ onRestart, focusHeading = false }: { onRestart(): void; focusHeading?: boolean }) {
  const app = useAppState();
  const draft = app.draft.value;
  const visited = app.visited.value;
  const title = t('wizard:check.title');
  useDocumentTitle(pageTitle(title));

  const rows: SummaryRow[] = app.active.value.map((id) => {
    const q = questionById(id)!;
    const seen = visited.includes(id);
    const answer = formatAnswer(q, getField(draft, q.field), seen);
    const label = t(voiced(`wizard:q.${id}.label`));
    return {
      key: id,
      label,
      value: answer.text,
      muted: answer.muted,
      onChange: () => app.goTo(id, { returnTo: CHECK }),
      changeText: seen ? t('wizard:check.change') : t('wizard:check.answer'),
      changeHidden: t('wizard:check.changeHidden', { label }),
    };
  });
  const open = rows.filter((r) => r.muted).length;

  return (
    <>
      <BackLink label={t('common:nav.back')} onClick={() => app.back()} />
      <PageHeading focus={focusHeading}>{title}</PageHeading>
      <p class="lead">{t('wizard:check.lead')}</p>
      {open > 0 && <p class="inset">{t('wizard:check.openQuestions', { count: open })}</p>}
      <SummaryList rows={rows} />
      <h2 class="heading-m">{t('wizard:check.nextTitle')}</h2>
      <p>{t('wizard:check.nextBody')}</p>
      <div class="button-group">
        <Button onClick={() => app.goTo(RESULTS)}>{t('wizard:check.submit')}</Button>
        <Button variant="secondary" onClick={onRestart}>
          {t('common:nav.restart')}
        </Button>
      </div>
    </>
  );
}
