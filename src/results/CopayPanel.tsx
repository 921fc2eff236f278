/**
 * Money: the monthly cap (負担上限月額) in force in the month of the answers, in yen, big; the category in plain
 * words and why; whether it is an estimate; the category expected from 1 July when only last year's pay says it;
 * the meal support; what is outside the cap; and when it is re-checked. Never a total that mixes unlike amounts.
 */
import type { Copay, Reason } from '../case/schema';
import { formatDate, formatYen, t } from '../i18n';
import { ReasonList } from './ReasonList';
import { PayChartSection } from './PayChartSection';

/** Reasons that explain the category (the engine marks them: Reason.topic); the rest are things to know about paying. */
export const explainsCategory = (r: Reason) => r.topic === 'category' || r.topic === 'why';

export function CopayPanel({ copay, asOf }: { copay: Copay; asOf: string }) {
  const why: Reason[] = copay.reasons.filter(explainsCategory);
  const more: Reason[] = copay.reasons.filter((r) => !explainsCategory(r));
  const known = copay.monthlyCap !== null && copay.category !== 'unknown';
  return (
    <section class="copay" aria-labelledby="copay-heading">
      <h2 class="heading-m" id="copay-heading">
        {t('results:copay.heading')}
      </h2>
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
            <p>{t(unknownLineKey(copay))}</p>
            <PossibleCaps copay={copay} />
          </>
        )}
        {copay.estimated && <p class="copay__estimated">{t('results:copay.estimatedNote')}</p>}
        {copay.taxYear !== undefined && <p class="copay__tax-year">{t('results:copay.taxYear', { year: copay.taxYear })}</p>}
      </div>

      {copay.fromJuly && <FromJuly july={copay.fromJuly} />}
      {copay.meals && <Meals meals={copay.meals} />}

      <p class="copay__review">
        <span class="copay__review-icon" aria-hidden="true">
          ↻
        </span>
        <strong>{t('results:copay.reviewOn', { date: formatDate(copay.reviewOn) })}</strong>
      </p>

      <PayChartSection />
      {/* The explanation is folded: the cap, July's change, meals and the review date stay in view. */}
      <details class="details copay__more">
        <summary class="details__summary">{t('results:fold.copay')}</summary>
        <div class="details__body">
          <p>{t('results:copay.intro')}</p>
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

          <h3 class="copay__subheading">{t('results:copay.whyHeading')}</h3>
          <ReasonList reasons={why} asOf={asOf} sort={false} />
          {more.length > 0 && (
            <>
              <h3 class="copay__subheading">{t('results:copay.moreHeading')}</h3>
              <ReasonList reasons={more} asOf={asOf} sort={false} />
            </>
          )}
        </div>
      </details>
    </section>
  );
}

/** The engine says why the category is unknown; the view only picks the sentence. */
const UNKNOWN_LINE: Record<NonNullable<Copay['unknownBecause']>, string> = {
  guardian: 'results:copay.unknownGuardian',
  estimate: 'results:copay.unknownEstimated',
  'before-july': 'results:copay.unknownBeforeJuly',
  'not-answered': 'results:copay.unknownAsk',
};

function unknownLineKey(copay: Copay): string {
  if (copay.unknownBecause) return UNKNOWN_LINE[copay.unknownBecause];
  return copay.estimated ? 'results:copay.unknownEstimated' : 'results:copay.unknownAsk';
}

type July = NonNullable<Copay['fromJuly']>;

/** The category last year's pay gives from 1 July, beside the one in force (January to June) [7.10]. */
function FromJuly({ july }: { july: July }) {
  const known = july.monthlyCap !== null && july.category !== 'unknown';
  return (
    <div class="copay__july">
      <h3 class="copay__subheading">{t('results:copay.fromJuly.heading', { date: formatDate(july.on) })}</h3>
      {known ? (
        <p>
          <span class="copay__badge">{t('results:copay.estimatedBadge')}</span>{' '}
          {t('results:copay.fromJuly.cap', { amount: formatYen(july.monthlyCap!), name: t(`results:copay.category.${july.category}.name`) })}
        </p>
      ) : (
        <>
          <p>{t('results:copay.fromJuly.unknown')}</p>
          <PossibleCaps copay={july} />
        </>
      )}
      <p>{t('results:copay.fromJuly.note', { date: formatDate(july.on) })}</p>
    </div>
  );
}

/** 食事提供体制加算 on the 所得割 line, whatever the cap category [7.14]. */
function Meals({ meals }: { meals: NonNullable<Copay['meals']> }) {
  const key = meals.until === null ? 'ended' : meals.eligible === true ? 'yes' : meals.eligible === false ? 'no' : 'unknown';
  return (
    <p class="copay__meals">
      <strong>{t('results:copay.meals.label')}</strong> {t(`results:copay.meals.${key}`, meals.until ? { date: formatDate(meals.until) } : {})}
    </p>
  );
}

/** With the category unknown: the caps the engine says it could be (none when no table applies). */
function PossibleCaps({ copay }: { copay: Pick<Copay, 'possibleCaps' | 'candidates'> }) {
  const caps = copay.possibleCaps ?? [];
  if (caps.length === 0) return null;
  return (
    <>
      <p>{t(copay.candidates?.length ? 'results:copay.candidatesIntro' : 'results:copay.allCapsIntro')}</p>
      <ul class="copay__caps">
        {caps.map((c) => (
          <li key={c.category}>
            <strong>{formatYen(c.monthlyCap)}</strong>
            {t('results:copay.capOf', { name: t(`results:copay.category.${c.category}.name`) })}
          </li>
        ))}
      </ul>
    </>
  );
}
