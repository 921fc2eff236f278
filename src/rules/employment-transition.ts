/** 就労移行支援 (employment-transition): reference.md §1. */
import { rule } from './rule';

export const transitionAge = rule({
  id: 'transition.age',
  decides: 'Age to start 就労移行支援: 18 or over and under 65 (65 and over only by the continuation rule transition.over-65).',
  kind: 'requirement',
  values: { '2024-04-01': { min: 18, under: 65 } },
  sources: ['P-manaby', 'P-kaigosupport', 'seed-001'],
  refs: ['1.8'],
  confidence: 'medium',
});

/** 65+ may continue only with 5 years of decisions before 65 AND a 就労移行支援 decision the day before turning 65 (from 2018-04). */
export const transitionOver65 = rule({
  id: 'transition.over-65',
  decides:
    'Whether a person aged 65+ may keep using 就労移行支援: 5 years of 支給決定 before turning 65 AND a 就労移行支援 decision on the day before the 65th birthday.',
  kind: 'requirement',
  values: { '2024-04-01': { age: 65, continuousYears: 5 } },
  sources: ['P-kaigosupport', 'P-shougaishacube'],
  refs: ['1.10'],
  confidence: 'medium',
});

export const transitionWork = rule({
  id: 'transition.work',
  decides: 'Whether a person in work or on leave (休職中) can use 就労移行支援 temporarily (since 2024-04): decided case by case by the municipality.',
  kind: 'discretion',
  // Since 2024-04 temporary use while employed or on leave is a defined route, decided case by case.
  values: { '2024-04-01': true },
  sources: [
    { id: 'S13', section: '必要書類（企業による復職支援の実施が困難であることなど）' },
    { id: 'A19', section: '休職からの復職を目指す場合（厚生労働省の事務連絡による）' },
    'P-syogaifukushi-osaka',
    'P-akita-rehacen',
  ],
  refs: ['1.17', '1.18'],
  confidence: 'medium',
});

export const transitionStudent = rule({
  id: 'transition.student',
  decides: 'Whether a university student can use 就労移行支援: final year only, when the university cannot support the job search; the municipality decides.',
  kind: 'discretion',
  values: { '2024-04-01': true },
  sources: ['P-kabudata-student'],
  refs: ['1.16'],
  confidence: 'medium',
  note: 'Final year only, and only if the university cannot support the job search, credits are on track and the municipality finds it effective.',
});

export const transitionPeriod = rule({
  id: 'transition.period',
  decides: "How long 就労移行支援 lasts: a standard period of 24 months, extendable by at most 12 months after the municipality's individual review.",
  kind: 'requirement',
  values: { '2024-04-01': { standardMonths: 24, extensionMonths: 12 } },
  sources: [
    {
      id: 'A12',
      section:
        '標準利用期間のあるサービス、「市町村審査会の個別審査会において必要性が認められた場合に限り、最大1年間」の更新（24か月という期間の長さはこのページにはありません）',
    },
    'P-e-fukushi',
    'P-manaby',
    'P-hama-shu',
  ],
  refs: ['1.11', '1.12'],
  confidence: 'medium',
});

export const transitionReuse = rule({
  id: 'transition.reuse',
  decides: 'Whether someone who used 就労移行支援 before can use it again, and how earlier months count: no national rule found, so the municipality decides.',
  kind: 'discretion',
  values: { '2024-04-01': true },
  sources: ['P-syuro-olive', 'P-foryourlife'],
  refs: ['1.15'],
  confidence: 'low',
  note: "No statutory once-only rule was found; how earlier months count is the municipality's decision.",
});

/** From 2027-04-01 an extension beyond the standard period needs 就労選択支援 first. */
export const transitionExtensionChoice = rule({
  id: 'transition.extension-choice',
  decides: 'Whether extending 就労移行支援 beyond the standard period needs 就労選択支援 first (from 2027-04-01).',
  kind: 'info',
  values: { '2024-04-01': false, '2027-04-01': true },
  sources: ['S4'],
  valueSources: {
    '2027-04-01': [{ id: 'A2', section: '表（就労移行支援：「令和9年4月から標準利用期間を超えて更新を希望する者は原則利用」）' }, 'S4'],
  },
  refs: ['1.13'],
  confidence: 'high',
});

export const transitionProvisional = rule({
  id: 'transition.provisional',
  decides: 'The trial decision (暫定支給決定) of up to about 2 months before the full 就労移行支援 decision.',
  kind: 'info',
  values: { '2024-04-01': { months: 2 } },
  sources: [
    { id: 'A13', section: '「2ヶ月以内の範囲で市町村が個別のケースに応じて設定します」' },
    { id: 'A14', section: '暫定支給決定対象サービス（自立訓練・就労移行支援・就労継続支援A型）' },
    'P-shigyo',
  ],
  refs: ['1.21'],
  confidence: 'medium',
});

export const transitionAftercare = rule({
  id: 'transition.aftercare',
  decides: 'After a job starts, the 就労移行支援 provider supports job retention for at least 6 months (so 就労定着支援 starts after that).',
  kind: 'info',
  values: { '2024-04-01': { months: 6 } },
  sources: ['P-hirono-office', 'seed-001'],
  refs: ['1.20'],
  confidence: 'medium',
});
