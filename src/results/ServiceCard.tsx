/**
 * One service: the plain verdict (icon + words), what the service is, when it opens and what must come first,
 * the reasons with their sources, and what would change the verdict.
 */
import type { Result, ServiceResult } from '../case/schema';
import type { Verdict } from '../case/enums';
import { formatDate, t } from '../i18n';
import { changeField, changeKey, isAskable, joinList, serviceName } from './format';
import { ReasonList } from './ReasonList';

export const VERDICT_ICON: Record<Verdict, string> = { likely: '✓', possible: '△', unlikely: '✕' };

interface Props {
  service: ServiceResult;
  result: Result;
  onChangeAnswer: (field: string) => void;
}

export function serviceAnchor(id: string): string {
  return `service-${id}`;
}

export function ServiceCard({ service, result, onChangeAnswer }: Props) {
  const headingId = `${serviceAnchor(service.id)}-heading`;
  const choice = result.services.find((s) => s.id === 'employment-choice');
  // This service must wait for 就労選択支援 (for 就労移行支援: its extension) — read from the Result.
  const choiceFirst = service.id !== 'employment-choice' && choice?.verdict !== 'unlikely' && (choice?.requiredBefore ?? []).includes(service.id);
  const unanswered = service.reasons.some((r) => r.status === 'unknown');
  return (
    <article class={`service service--${service.verdict}`} id={serviceAnchor(service.id)} aria-labelledby={headingId} tabIndex={-1}>
      <h3 class="service__name" id={headingId}>
        {serviceName(service.id)}
      </h3>
      <p class={`verdict verdict--${service.verdict}`}>
        <span class="verdict__icon" aria-hidden="true">
          {VERDICT_ICON[service.verdict]}
        </span>
        <span class="visually-hidden">{t('results:verdict.prefix')}</span>
        <strong class="verdict__text">{t(`results:verdict.${service.verdict}`)}</strong>
      </p>
      {(service.opensOn || service.requiredBefore?.length || choiceFirst) && (
        <div class="service__key">
          {service.opensOn && (
            <p class="service__opens">
              <span class="service__key-icon" aria-hidden="true">
                ▶
              </span>
              <strong>{t('results:service.opensOn', { date: formatDate(service.opensOn) })}</strong>{' '}
              {t(`results:service.${service.id}.opensWhy`, { defaultValue: '' })}
            </p>
          )}
          {service.requiredBefore?.length ? (
            <p class="service__required">
              <span class="service__key-icon" aria-hidden="true">
                !
              </span>
              <strong>
                {t('results:service.requiredBefore', {
                  services: joinList(
                    service.requiredBefore.map((id) =>
                      id === 'employment-transition' ? t('results:service.employment-transition.extension') : serviceName(id),
                    ),
                  ),
                })}
              </strong>
            </p>
          ) : null}
          {choiceFirst && (
            <p class="service__required">
              <span class="service__key-icon" aria-hidden="true">
                !
              </span>
              <strong>{t(service.id === 'employment-transition' ? 'results:service.choiceFirstExtension' : 'results:service.choiceFirst')}</strong>
            </p>
          )}
        </div>
      )}

      {/* Folded so the page stays short on a phone; a native disclosure, reachable by keyboard and screen readers. */}
      <details class="details service__more">
        <summary class="details__summary">
          {t('results:fold.service')}
          <span class="visually-hidden">{t('results:fold.serviceHidden', { service: serviceName(service.id) })}</span>
        </summary>
        <div class="details__body">
          {service.verdict === 'possible' && (
            <p class="service__verdict-note">{t(unanswered ? 'results:verdict.possibleUnanswered' : 'results:verdict.possibleNote')}</p>
          )}
          <p class="service__what">{t(`results:service.${service.id}.what`)}</p>
          <h4 class="service__subheading">{t('results:reasons.heading')}</h4>
          <ReasonList reasons={service.reasons} asOf={result.asOf} />

          {service.changes.length > 0 && (
            <>
              <h4 class="service__subheading">{t('results:changes.heading')}</h4>
              <ul class="changes">
                {service.changes.map((id) => (
                  <ChangeItem key={id} id={id} service={serviceName(service.id)} onChangeAnswer={onChangeAnswer} />
                ))}
              </ul>
            </>
          )}
        </div>
      </details>
    </article>
  );
}

function ChangeItem({ id, service, onChangeAnswer }: { id: string; service: string; onChangeAnswer: (field: string) => void }) {
  const field = changeField(id);
  if (field && isAskable(field)) {
    const label = t(changeKey(id));
    return (
      <li class="changes__item changes__item--field">
        <button type="button" class="link-button changes__button" onClick={() => onChangeAnswer(field)}>
          {t('results:changes.button', { label })}
          <span class="visually-hidden">{t('results:changes.buttonHidden', { service })}</span>
        </button>
      </li>
    );
  }
  return <li class="changes__item changes__item--fact">{t(changeKey(id))}</li>;
}
