/** 就労継続支援A型 (continuation-a): reference.md §2. */
import { rule } from './rule';

export const typeAAge = rule({
  id: 'type-a.age',
  decides: 'Age to start 就労継続支援A型: 18 or over and under 65 (65 and over only by the continuation rule type-a.over-65).',
  kind: 'requirement',
  values: { '2024-04-01': { min: 18, under: 65 } },
  sources: ['P-sugahara', 'P-guide-ss-a-age'],
  refs: ['2.2'],
  confidence: 'medium',
});

export const typeAOver65 = rule({
  id: 'type-a.over-65',
  decides: 'Whether a person aged 65+ may keep using A型: 5 years of 支給決定 before turning 65 AND an A型 decision on the day before the 65th birthday.',
  kind: 'requirement',
  values: { '2024-04-01': { age: 65, continuousYears: 5 } },
  sources: ['P-guide-ss-a-age', 'P-sugahara'],
  refs: ['2.2'],
  confidence: 'medium',
});

export const typeAWork = rule({
  id: 'type-a.work',
  decides: 'Whether a person in work or on leave can use A型 temporarily (since 2024-04): decided case by case by the municipality.',
  kind: 'discretion',
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

export const typeAStudent = rule({
  id: 'type-a.student',
  decides: 'Whether a student can use A型 (for people who can work under an employment contract): the municipality decides.',
  kind: 'discretion',
  values: { '2024-04-01': true },
  sources: [
    { id: 'M2', section: '2枚目「就労継続支援A型は、通常の事業所に雇用されることが困難であり、雇用契約に基づく就労が可能である者に対し」' },
    'P-sugahara',
  ],
  refs: ['2.1'],
  confidence: 'medium',
});

/** An employment contract: 労働基準法 and 最低賃金法 apply. */
export const typeAContract = rule({
  id: 'type-a.contract',
  decides: 'A型 is work under an employment contract (雇用契約), so labour law and the minimum wage apply.',
  kind: 'info',
  values: { '2024-04-01': true },
  sources: [
    { id: 'M2', section: '2枚目「就労継続支援A型は、通常の事業所に雇用されることが困難であり、雇用契約に基づく就労が可能である者に対し」' },
    'P-offe',
    'P-sugahara',
  ],
  refs: ['2.1', '2.3'],
  confidence: 'medium',
});

/** From 2027-04-01 new A型 users use 就労選択支援 first (renewals: optional). */
export const typeAChoiceFirst = rule({
  id: 'type-a.choice-first',
  decides: 'Whether new A型 users must use 就労選択支援 first (from 2027-04-01; renewals optional).',
  kind: 'info',
  values: { '2024-04-01': false, '2027-04-01': true },
  sources: ['S3', 'S4'],
  valueSources: {
    '2027-04-01': [
      { id: 'S3', section: '「令和9年4月1日以降、新たに「就労継続支援A型」の利用を希望する方についても…アセスメントが必要」' },
      { id: 'A2', section: '表（就労継続支援A型：「令和9年4月から原則利用」）' },
    ],
  },
  refs: ['2.5'],
  confidence: 'high',
});

export const typeAProvisional = rule({
  id: 'type-a.provisional',
  decides: 'The trial decision (暫定支給決定) of up to about 2 months before the full A型 decision.',
  kind: 'info',
  values: { '2024-04-01': { months: 2 } },
  sources: [
    { id: 'A13', section: '「2ヶ月以内の範囲で市町村が個別のケースに応じて設定します」' },
    { id: 'A14', section: '暫定支給決定対象サービス（自立訓練・就労移行支援・就労継続支援A型）' },
    'P-shigyo',
  ],
  refs: ['2.6', '1.21'],
  confidence: 'medium',
});
