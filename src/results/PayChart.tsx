/**
 * The monthly cap against last year's pay, as a picture and as words (issue 15, item 5): a step line of the
 * cap, hatched bands marked "?" where the estimate cannot tell (ask the municipality), and the person's point.
 * The engine decides every step (src/engine/copay/chart.ts); this only draws them.
 *
 * Accessible: the <svg> is one image (role="img") named by the visible heading and described by the visible
 * summary; the table below says every step in words, so nothing is only in the picture. Shape and words tell
 * the parts apart, never colour alone (a solid line, a hatched "?" band, a ringed dot with its label), and in
 * forced colours the drawing takes the system colours. The drawing scales with its box (viewBox), so it never
 * scrolls sideways; its own few texts hold no kanji in やさしい日本語 (an <svg> cannot show furigana), while the
 * heading, summary, legend and table carry the readings as everywhere else.
 *
 * Loaded lazily (its own chunk, see PayChartSection.tsx).
 */
import type { ChartStep, CopayChart } from '../state/pay-chart';
import { answersForSomeone } from '../state/respondent';
import { formatDate, formatNumber, formatYen, has, t, tPlain } from '../i18n';
import './paychart.css';

/** The drawing's own units (viewBox); CSS sizes it to its box. */
const W = 320; // not law: drawing width in viewBox units
const H = 200; // not law: drawing height in viewBox units
const LEFT = 8; // not law: margin in viewBox units
const RIGHT = 14; // not law: margin in viewBox units
const TOP = 34; // not law: room above the highest level for its label
const BOTTOM = 30; // not law: room under the axis for the pay labels
const PLOT_W = W - LEFT - RIGHT;
const PLOT_H = H - TOP - BOTTOM;
const LIFT = 6; // not law: how far a label sits above its line, in viewBox units
const TICK = 4; // not law: tick length under the axis
const TICK_BASELINE = 8; // not law: the pay labels' baseline above the bottom edge
const MARK_GAP = 9; // not law: the gap between the person's dot and its label
/** A band narrower than this is drawn this wide, so it can be seen. */
const MIN_BAND = 5; // not law: viewBox units
/** Tick spacings to pick from, in yen, and how many ticks fit at most. */
const TICK_STEPS = [500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000]; // not law: round axis steps
const MAX_TICKS = 5; // not law: pay labels that fit under the axis at the largest text

/** A key, or its third-person twin when someone answers for the person (as the wizard's voice). */
function voiced(key: string): string {
  return answersForSomeone() && has(`${key}Proxy`) ? `${key}Proxy` : key;
}

/**
 * Pay in the language's unit: 103万円, 204.4万円 / ¥1.03 million. The unit (万 or a million) and the rounding
 * step are the locale's (chart:format.unit, chart:format.step, in yen), like the words around them.
 */
export function formatPay(yen: number): string {
  const step = Number(t('chart:format.step'));
  return t('chart:format.pay', { amount: formatNumber((Math.round(yen / step) * step) / Number(t('chart:format.unit'))) });
}

function tickLabel(yen: number): string {
  return tPlain('chart:format.tick', { amount: formatNumber(yen / Number(t('chart:format.unit'))) });
}

/** The pay range of a step in words: "103万円まで", "103万円を超えて110万円まで", "606万円を超える". */
export function rangeText(steps: readonly ChartStep[], i: number): string {
  const s = steps[i]!;
  if (i === 0) return t('chart:table.first', { to: formatPay(s.to) });
  const from = formatPay(steps[i - 1]!.to);
  return i === steps.length - 1 ? t('chart:table.last', { from }) : t('chart:table.middle', { from, to: formatPay(s.to) });
}

/** What a step pays, in words: "9,300円（一般1）" or "0円か9,300円（市区町村に確認：…）". */
export function amountText(s: ChartStep): string {
  if (s.kind === 'sure') return `${formatYen(s.paid[0]!)}${t('chart:table.category', { name: t(`results:copay.category.${s.category}.name`) })}`;
  const amounts = s.paid.map(formatYen).join(t('chart:table.or'));
  return `${amounts}${t('chart:table.depends', { why: t(`chart:table.dependsOn.${s.dependsOn ?? 'answers'}`) })}`;
}

/** The short summary the picture is described by. */
function describe(chart: CopayChart): string[] {
  const out: string[] = [];
  const payYear = chart.payYear;
  if (chart.person) {
    const s = chart.steps[chart.person.step]!;
    const pay = formatPay(chart.person.pay);
    out.push(
      s.kind === 'sure'
        ? t(voiced('chart:describe.person'), { payYear, pay, cap: formatYen(s.paid[0]!) })
        : t(voiced('chart:describe.personDepends'), { payYear, pay, caps: s.paid.map(formatYen).join(t('chart:table.or')) }),
    );
  }
  const levels = [...new Set(chart.steps.filter((s) => s.kind === 'sure').map((s) => s.paid[0]!))];
  out.push(
    levels.length > 1
      ? t('chart:describe.steps', { levels: levels.map(formatYen).join(t('chart:describe.then')) })
      : t('chart:describe.oneLevel', { cap: formatYen(levels[0] ?? 0) }),
  );
  if (chart.steps.some((s) => s.kind === 'depends')) out.push(t('chart:describe.bands'));
  if (chart.household === 'couple' && chart.spousePay !== undefined) out.push(t('chart:describe.couple', { pay: formatPay(chart.spousePay) }));
  if (chart.household === 'spouse-unknown') out.push(t('chart:describe.spouseUnknown'));
  out.push(t('chart:describe.basis', { payYear, date: formatDate(chart.appliesFrom) }));
  return out;
}

function ticks(xMax: number): number[] {
  const step = TICK_STEPS.find((s) => xMax / s <= MAX_TICKS) ?? TICK_STEPS.at(-1)!;
  return Array.from({ length: Math.floor(xMax / step) + 1 }, (_, i) => i * step);
}

export function PayChart({ chart, idBase }: { chart: CopayChart; idBase: string }) {
  const ids = { title: `${idBase}-title`, desc: `${idBase}-desc`, hatch: `${idBase}-hatch` };
  const top = Math.max(...chart.levels, ...chart.steps.flatMap((s) => s.paid)) || 1;
  const x = (pay: number) => LEFT + (Math.min(pay, chart.xMax) / chart.xMax) * PLOT_W;
  const y = (yen: number) => TOP + (1 - yen / top) * PLOT_H;
  const base = y(0);
  const who = tPlain(voiced('chart:svg.you'));

  // The step line: one path per run of steps the estimate is sure of, with the rises drawn between them.
  const runs: string[] = [];
  let d = '';
  chart.steps.forEach((s, i) => {
    if (s.kind !== 'sure') {
      if (d) runs.push(d);
      d = '';
      return;
    }
    const level = y(s.paid[0]!);
    const end = x(i === chart.steps.length - 1 ? s.to : s.to + 1);
    d += d ? ` V${level} H${end}` : `M${x(s.from)} ${level} H${end}`;
  });
  if (d) runs.push(d);

  const person = chart.person;
  const personStep = person ? chart.steps[person.step]! : undefined;
  const mark = person && personStep ? { x: x(person.pay), y: y((Math.min(...personStep.paid) + Math.max(...personStep.paid)) / 2) } : undefined;
  const markRight = mark ? mark.x < LEFT + PLOT_W * 0.6 : true; // not law: labels turn left past 60 % of the width

  return (
    <div class="paychart">
      <h3 class="copay__subheading paychart__title" id={ids.title}>
        {t('chart:title')}
      </h3>
      <div id={ids.desc} class="paychart__desc">
        {describe(chart).map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      <ul class="paychart__legend">
        <li>
          <svg class="paychart__swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
            <path class="paychart__line" d="M1 6 H23" />
          </svg>
          {t('chart:legend.line')}
        </li>
        {chart.steps.some((s) => s.kind === 'depends') && (
          <li>
            <svg class="paychart__swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
              <rect class="paychart__band" x="1" y="1" width="22" height="10" fill={`url(#${ids.hatch})`} />
            </svg>
            {t('chart:legend.band')}
          </li>
        )}
        {person && (
          <li>
            <svg class="paychart__swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
              <circle class="paychart__dot" cx="12" cy="6" r="4.5" />
            </svg>
            {t(voiced('chart:legend.you'))}
          </li>
        )}
      </ul>
      <p class="paychart__axes">{t('chart:axes', { payYear: chart.payYear })}</p>
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: named by aria-labelledby (the visible heading) and described by the text equivalent below */}
      <svg class="paychart__svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={ids.title} aria-describedby={ids.desc} focusable="false">
        <defs>
          <pattern id={ids.hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect class="paychart__hatch-bg" width="6" height="6" />
            <line class="paychart__hatch" x1="0" y1="0" x2="0" y2="6" />
          </pattern>
        </defs>
        {chart.levels.map((level) => (
          <g key={level} class="paychart__level">
            <line class="paychart__grid" x1={LEFT} x2={W - RIGHT} y1={y(level)} y2={y(level)} />
            <text class="paychart__text" x={LEFT + 2} y={y(level) - LIFT}>
              {tPlain('chart:svg.yen', { amount: formatNumber(level) })}
            </text>
          </g>
        ))}
        <line class="paychart__axis" x1={LEFT} x2={W - RIGHT} y1={base} y2={base} />
        {ticks(chart.xMax).map((v) => (
          <g key={v}>
            <line class="paychart__axis" x1={x(v)} x2={x(v)} y1={base} y2={base + TICK} />
            <text class="paychart__text" x={x(v)} y={H - TICK_BASELINE} text-anchor={v === 0 ? 'start' : 'middle'}>
              {tickLabel(v)}
            </text>
          </g>
        ))}
        {chart.steps.map((s, i) => {
          if (s.kind !== 'depends') return null;
          const x0 = x(s.from);
          const w = Math.max(x(i === chart.steps.length - 1 ? s.to : s.to + 1) - x0, MIN_BAND);
          const y0 = y(Math.max(...s.paid));
          const h = Math.max(y(Math.min(...s.paid)) - y0, MIN_BAND);
          return (
            <g key={`band-${s.from}`}>
              <rect class="paychart__band" x={x0} y={y0} width={w} height={h} fill={`url(#${ids.hatch})`} />
              <text class="paychart__text paychart__ask" x={x0 + w / 2} y={y0 - LIFT} text-anchor="middle">
                ?
              </text>
            </g>
          );
        })}
        {runs.map((p) => (
          <path key={p} class="paychart__line" d={p} />
        ))}
        {mark && person && (
          <g class="paychart__you">
            <line class="paychart__guide" x1={mark.x} x2={mark.x} y1={mark.y} y2={base} />
            <circle class="paychart__dot" cx={mark.x} cy={mark.y} r="6" />
            <text
              class="paychart__text paychart__you-label"
              x={mark.x + (markRight ? MARK_GAP : -MARK_GAP)}
              y={mark.y - MARK_GAP}
              text-anchor={markRight ? 'start' : 'end'}
            >
              {person.beyond ? tPlain('chart:svg.far', { who }) : who}
            </text>
          </g>
        )}
      </svg>
      <table class="paychart__table">
        <caption>{t('chart:table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart:table.pay', { payYear: chart.payYear })}</th>
            <th scope="col">{t('chart:table.cap')}</th>
          </tr>
        </thead>
        <tbody>
          {chart.steps.map((s, i) => (
            <tr key={s.from} class={`paychart__row paychart__row--${s.kind}${person?.step === i ? ' paychart__row--you' : ''}`}>
              <th scope="row">
                {rangeText(chart.steps, i)}
                {person?.step === i && <strong class="paychart__here">{t(voiced('chart:table.youHere'))}</strong>}
              </th>
              <td>{amountText(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
