/**
 * "Who is answering?" on the start page: optional. With 家族 or 支援者 the questions speak about the person
 * ("ご本人", "the person") instead of to them (voice.ts). Not part of the case: nothing leaves the device.
 */
import { t } from '../i18n';
import { Radios } from '../ui';
import { RESPONDENTS, respondent, setRespondent, type Respondent } from '../state/respondent';

export function RespondentChoice({ keep }: { keep: boolean }) {
  return (
    <fieldset class="fieldset respondent" aria-describedby="respondent-hint">
      <legend class="fieldset__legend heading-m">{t('common:respondent.legend')}</legend>
      <div id="respondent-hint" class="hint">
        {t('common:respondent.hint')}
      </div>
      <Radios
        name="respondent"
        options={RESPONDENTS.map((r) => ({ value: r, label: t(`common:respondent.options.${r}`) }))}
        value={respondent.value}
        onChange={(v) => setRespondent(v as Respondent, keep)}
      />
    </fieldset>
  );
}
