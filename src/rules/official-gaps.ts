/**
 * Where the official texts run out. Both lists are checked against the data by tests/rules/citations.test.ts
 * (a rule listed here that gains an official source, or a rule that loses its last one without being
 * listed, fails the test), and docs/rules.md shows them to reviewers.
 *
 * Searched for (2026-11 reference.md pass, official-sources.md's 2026-12-01 pass, and this registry's own
 * search on 2026-12-01): e-Gov law text is not in the stored corpus, and no MHLW, prefecture or municipal page
 * stating these facts was found. Each rule keeps reference.md's confidence; the user is told under 根拠 that
 * no official text was found and to check with the municipality.
 */
export const NO_OFFICIAL_TEXT: Readonly<Record<string, string>> = {
  // 1.8: 18 to under 65 is stated by provider pages only; the 施行規則 text was not readable.
  'transition.age': '18歳以上65歳未満という年齢の要件は、民間のページにしか見つかっていません（施行規則の条文は未確認）。',
  // 1.10: both conditions (5 years AND the day before 65) are given only by secondary pages quoting MHLW wording.
  'transition.over-65': '65歳以上の継続利用の2つの条件は、厚生労働省の文言を引用した民間のページにしか見つかっていません。',
  // 1.10(a), 2.2: the 5 years of decisions before 65 are given only by secondary pages quoting MHLW wording.
  'age.over-65-continuous': '65歳になる前の5年間、続けて支給決定を受けていたという条件は、厚生労働省の文言を引用した民間のページにしか見つかっていません。',
  // 1.16: the MHLW Q&A on university students was seen only as a quote on a private page.
  'transition.student': '大学在学中の利用についての厚生労働省Q&Aは、民間のページの引用でしか見つかっていません。',
  // 1.15: no national rule on re-use exists as far as anyone found; low confidence, always "ask".
  'transition.reuse': '2回目の利用についての国の決まりは見つかっていません（市区町村の判断）。',
  // 1.20: the 6-month retention duty is in the operating standards, whose text was not found.
  'transition.aftercare': '就職後6か月の定着支援の義務は、運営基準の条文が見つかっていません。',
  // 2.2: as 1.10, for A型.
  'type-a.age': 'A型の年齢の要件（18歳以上65歳未満）は、民間のページにしか見つかっていません。',
  'type-a.over-65': 'A型の65歳以上の継続利用の条件は、民間のページにしか見つかっていません。',
  // 5.6: an inference from the target wording; low confidence.
  'retention.age': '年齢の上限がないことは、対象者の定義に年齢がないことからの推測です。',
  // 9.6, 9.11: fee levels were not searched in official texts (only GitHub documents and our arithmetic).
  'copay.fee-levels': 'サービスの報酬（単位数）は公的な資料で確かめられていません。',
  // 9.1–9.9 (issue 15): the units of each service's fee and the yen per unit by 地域区分 were seen only as quoted by
  // a GitHub document and on private pages, never in the 告示 or MHLW's 報酬算定構造 itself. The rule holds no figure,
  // so no yen range is shown; the fee a provider quotes can be entered instead (fees.quoted, officially cited).
  'fees.tables':
    '報酬の単位数（報酬算定構造）と、地域区分ごとの一単位の単価（告示）の本文は、公的なページで読めていません。GitHub上の文書や民間のページの引用しかないので、費用の範囲は出しません。',
  // 10.1: no source gives how long a consultation, a visit or an application takes; the plan's own estimates.
  'timeline.estimates': '相談・見学・申請の準備にかかる日数は、どの資料にもありません。このアプリの目安で、日付はすべて「ごろ」と示します。',
  // 10.9: "about 3 months before" is provider advice.
  'timeline.renewal': '更新の手続きを3か月前に始めるという目安は、民間のページの助言です。',
};

/** Rules whose official source states only part of what the rule encodes: what it leaves out. */
export const PARTLY_OFFICIAL: Readonly<Record<string, string>> = {
  'transition.period': '延長（最大1年）は市川市のページにありますが、標準利用期間が24か月であることは公的なページで確認できていません（1.11）。',
  'retention.window': '就職後6か月からの利用は神戸市のページにありますが、最長3年は公的なページで確認できていません（5.4）。',
  'copay.meals': '加算の要件は京都市のページにありますが、2027年3月31日までという期限は民間のページでしか確認できていません（7.14）。',
  'copay.day-limit': '厚生労働省の通知（S6）のこの部分は reference.md の読みによります。2026-12-01 の確認は1ページ目だけです（1.14, 4.5）。',
  'type-a.contract': '雇用契約による就労は厚生労働省の資料にありますが、最低賃金の適用は公的なページで確認できていません（2.3）。',
  'type-b.age': '50歳以上などの経路は公的なページにありますが、年齢の上限がないことは推測です（3.5）。',
  'timeline.durations':
    '暫定支給決定（2か月以内）と就労選択支援（1か月）は公的なページにありますが、申請から決定まで2週間〜2か月という目安は民間のページによります（10.5）。',
  'disability.doctor': '身体障害者の定義は宮津市の規則にありますが、手帳のない精神障害・発達障害の扱いは公的なページで確認できていません（1.6）。',
  'copay.residence': '市川市・入間市は「20歳以上」と書いていますが、松戸市の表は年齢を書いていません（7.3）。',
};
