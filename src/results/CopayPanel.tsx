/**
 * Money: the monthly cap (負担上限月額) in yen, big; the category in plain words and why; whether it is an
 * estimate; what is outside the cap; and when it is re-checked. Never a total that mixes unlike amounts.
 */
import type { Copay, Reason } from '../case/schema';
import type { CopayCategory } from '../case/enums';
import { formatDate, formatYen, t } from '../i18n';
import { CAP_BY_CATEGORY } from './format';
import { ReasonList } from './ReasonList';

/** Reasons that explain the category; the rest are things to know about paying. */
export const WHY_RULES = new Set(['copay.household', 'copay.category', 'copay.residence', 'copay.estimate', 'copay.income-levy-estimate', 'copay.unknown']);

export function CopayPanel({ copay, asOf }: { copay: Copay; asOf: string }) {
  const why: Reason[] = copay.reasons.filter((r) => WHY_RULES.has(r.rule));
  const more: Reason[] = copay.reasons.filter((r) => !WHY_RULES.has(r.rule));
  const known = copay.monthlyCap !== null && copay.category !== 'unknown';
  return (
    <section class="copay" aria-labelledby="copay-heading">
      <h2 class="heading-m" id="copay-heading">
        {t('results:copay.heading')}
      </h2>
      <p>{t('results:copay.intro')}</p>

      <div class={`copay__box${known ? '' : ' copay__box--unknown'}`}>
        {known ? (
          <>
            <p class="copay__label">{t('results:copay.capLabel')}</p>
            <p class="copay__amount">
              {copay.estimated && <span class="copay__badge">{t('results:copay.estimatedBadge')}</span>}
              <strong>{formatYen(copay.monthlyCap!)}</strong>
            </p>
            <p class="copay__category">{t('results:copay.categoryLine', { name: t(`results:copay.category.${copay.category}.name`) })}</p>
            <p>{t(`results:copay.category.${copay.category}.plain`)}</p>
          </>
        ) : (
          <>
            <p class="copay__label">{t('results:copay.capLabel')}</p>
            <p class="copay__amount copay__amount--unknown">
              <strong>{t('results:copay.unknownAmount')}</strong>
            </p>
            <p>{t(copay.estimated ? 'results:copay.unknownEstimated' : 'results:copay.unknownAsk')}</p>
            <PossibleCaps candidates={copay.candidates} />
          </>
        )}
        {copay.estimated && <p class="copay__estimated">{t('results:copay.estimatedNote')}</p>}
      </div>

      {copay.estimate && (
        <div class="copay__estimate">
          <h3 class="copay__subheading">{t('results:copay.estimate.heading')}</h3>
          <p>
            {copay.estimate.basis === 'zero'
              ? t('results:copay.estimate.zero', { days: copay.estimate.daysPerMonth })
              : t('results:copay.estimate.atMost', { days: copay.estimate.daysPerMonth, amount: formatYen(copay.estimate.monthly) })}
          </p>
          <p>{t('results:copay.estimate.dayLimit', { dayLimit: copay.estimate.dayLimit })}</p>
        </div>
      )}

      <p class="copay__review">
        <span class="copay__review-icon" aria-hidden="true">
          ↻
        </span>
        <strong>{t('results:copay.reviewOn', { date: formatDate(copay.reviewOn) })}</strong>
      </p>

      <h3 class="copay__subheading">{t('results:copay.whyHeading')}</h3>
      <ReasonList reasons={why} asOf={asOf} sort={false} />
      {more.length > 0 && (
        <>
          <h3 class="copay__subheading">{t('results:copay.moreHeading')}</h3>
          <ReasonList reasons={more} asOf={asOf} sort={false} />
        </>
      )}
    </section>
  );
}

/** With the category unknown: the caps it could be (the candidates when the engine narrowed them, else all). */
function PossibleCaps({ candidates }: { candidates?: CopayCategory[] }) {
  const cats = (candidates?.length ? candidates : (Object.keys(CAP_BY_CATEGORY) as CopayCategory[])).filter(
    (c): c is Exclude<CopayCategory, 'unknown'> => c !== 'unknown',
  );
  return (
    <>
      <p>{t(candidates?.length ? 'results:copay.candidatesIntro' : 'results:copay.allCapsIntro')}</p>
      <ul class="copay__caps">
        {cats.map((c) => (
          <li key={c}>
            <strong>{formatYen(CAP_BY_CATEGORY[c])}</strong>
            {t('results:copay.capOf', { name: t(`results:copay.category.${c}.name`) })}
          </li>
        ))}
      </ul>
    </>
  );
}
