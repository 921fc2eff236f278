/** 就労選択支援 (employment-choice): reference.md §4. */
import { rule } from './rule';

/** The service exists from 2025-10-01 (令和4年法律第104号). */
export const choiceExists = rule({
  id: 'choice.exists',
  decides: 'Whether 就労選択支援 exists on the date: from 2025-10-01.',
  kind: 'requirement',
  values: { '2024-04-01': false, '2025-10-01': true },
  sources: [{ id: 'S1', section: '就労選択支援の開始（令和7年10月）' }, 'S2', 'S3'],
  valueSources: {
    // Before the start, the same notice is what says the service begins only in October 2025.
    '2024-04-01': [{ id: 'S6', section: '1ページ「新たな障害福祉サービスとして令和7年10月から実施されます」' }],
    '2025-10-01': [{ id: 'S6', section: '1ページ「新たな障害福祉サービスとして令和7年10月から実施されます」' }],
  },
  refs: ['4.1'],
  confidence: 'high',
});

export const choiceAge = rule({
  id: 'choice.age',
  decides: 'Age for 就労選択支援: adults, and from the 高等部 of a 特別支援学校 (15+); 65 and over is not settled, so "ask".',
  kind: 'requirement',
  // Usable from 特別支援学校高等部 [4.6]; 65+ is not settled by the reference, so "ask".
  values: { '2025-10-01': { min: 18, youth: 15, senior: 65 } },
  sources: [
    { id: 'S3', section: '「特別支援学校高等部から利用できます」' },
    { id: 'S1', section: '対象者「就労移行支援又は就労継続支援を利用する意向を有する者及び現に…利用している者」' },
  ],
  refs: ['4.2', '4.6'],
  confidence: 'high',
});

export const choiceWork = rule({
  id: 'choice.work',
  decides: 'Whether a person in work or on leave fits 就労選択支援 (people who intend to use, or use, 就労移行支援 or 就労継続支援): the municipality decides.',
  kind: 'discretion',
  values: { '2025-10-01': true },
  sources: [
    { id: 'S1', section: '対象者「就労移行支援又は就労継続支援を利用する意向を有する者及び現に…利用している者」' },
    { id: 'A2', section: '対象者' },
    'S2',
    'S4',
    'S5',
  ],
  refs: ['4.2'],
  confidence: 'high',
});

/** Where it is required: new B型 users outside routes (a)–(c); from 2027-04-01 new A型 users and 移行 extensions. */
export const choiceRequired = rule({
  id: 'choice.required',
  decides:
    'Where 就労選択支援 must come first: new B型 users outside routes (a)–(c) from 2025-10-01; new A型 users and 就労移行支援 extensions from 2027-04-01.',
  kind: 'info',
  values: {
    '2025-10-01': { 'continuation-b': true, 'continuation-a': false, 'employment-transition-extension': false },
    '2027-04-01': { 'continuation-b': true, 'continuation-a': true, 'employment-transition-extension': true },
  },
  sources: ['S3', 'S4'],
  valueSources: {
    '2025-10-01': [
      { id: 'A2', section: '表（就労継続支援B型：「令和7年10月から原則利用」）' },
      { id: 'S1', section: '「令和7年10月1日以降、新規で就労継続支援B型を利用する場合には、就労選択支援によるアセスメントが必要」' },
    ],
    '2027-04-01': [
      {
        id: 'A2',
        section: '表（就労継続支援A型：「令和9年4月から原則利用」、就労移行支援：「令和9年4月から標準利用期間を超えて更新を希望する者は原則利用」）',
      },
      { id: 'S3', section: '「令和9年4月1日以降、新たに「就労継続支援A型」の利用を希望する方についても…アセスメントが必要」' },
    ],
  },
  refs: ['4.3'],
  confidence: 'high',
});

export const choiceDuration = rule({
  id: 'choice.duration',
  decides: 'How long a 就労選択支援 decision lasts: 1 month in principle, one more month once; or 2 months from the start with no extension.',
  kind: 'parameter',
  values: { '2025-10-01': { months: 1, maxMonths: 2 } },
  sources: [
    { id: 'S3', section: '「原則1か月です（支給開始日が月途中の場合は翌月末まで）」「2か月間の支給決定を行うことができますが、延長することはできません」' },
    'S6',
  ],
  refs: ['4.4'],
  confidence: 'high',
});
