/**
 * Citation registry: one record per page (or document) a rule cites.
 *
 * Where the records come from:
 * - S1–S18 and P-* / G* / seed-*: ../shared/rules/reference.md §13 and the tables that cite them
 *   (checked "2026-11": reference.md's November 2026 pass).
 * - A*, T*, M*: ../shared/rules/official-sources.md (its pass of 2026-12-01; the quotes there say which
 *   section states the fact). Where an A* page is the same page as an S* one, the S id is kept and the
 *   record says so (S1 = A1, S3 = A3, S6 = M1, S7 = A5, S10 = A16, S13 = A18, S14 = T3, S15 = T2, S16 = A20).
 * - yashio-cap-management: read for this registry through the search tool on 2026-12-01.
 * - yokohama-ward-office, muroran-nakapotsu, jeed-glossary: read through the search tool on 2026-12-01 (issue 15).
 *   The official lists of ハローワーク, 障害者就業・生活支援センター and 地域障害者職業センター were searched for
 *   on the same day (MHLW, JEED) and not found in the store: the app says "ask your municipality" instead.
 * - sakai-copay: reference.md 7.5 and 7.8 quote it (its 2026-11 pass); official-sources.md could not re-read it.
 *
 * `title` is the page's own title, and is left out where neither reference.md nor official-sources.md
 * gives it (a title we made up would be shown as if it were the page's: the finding behind issue 11).
 * `topic` is always our short description of what the page is about; the app shows it when there is no title.
 * Never add a URL or a title that nobody read.
 */
export type SourceKind = 'official' | 'secondary' | 'calculation';
/** Who speaks: the law itself, the ministry, a prefecture, a municipality (official); or a private page. */
export type Authority = 'law' | 'ministry' | 'prefecture' | 'municipality';

export interface Source {
  kind: SourceKind;
  /** For official sources: which level of government publishes it. */
  authority?: Authority;
  /** As the page or document gives it; absent where no one has recorded it. */
  title?: string;
  /** Our plain description of what the page covers (Japanese, like the page). */
  topic: string;
  /** The body that publishes it (e.g. 厚生労働省, 大田区, a company name). */
  publisher: string;
  url?: string;
  /** A text mirror the page was actually read through, where it was not read at its own address. */
  readVia?: string;
  /** The part that states the fact, where one part does (article, note, table row, page). */
  section?: string;
  /** When the page was last read for this project: ISO date, or month where only the month is known. */
  checked: string;
}

export const SOURCES = {
  // ── Ministry (厚生労働省) ──
  S6: {
    kind: 'official',
    authority: 'ministry',
    publisher: '厚生労働省',
    title: '就労選択支援の実施について',
    topic: '令和7年3月31日 障障発0331第3号（就労選択支援の実施）',
    url: 'https://www.mhlw.go.jp/content/12200000/001472113.pdf',
    readVia: 'https://wic-net.com/material/document/19469/1',
    checked: '2026-12-01',
  },
  M2: {
    kind: 'official',
    authority: 'ministry',
    publisher: '厚生労働省',
    title: '障害者の就労支援について',
    topic: '平成27年3月17日の会議資料（就労系サービスの対象者）',
    url: 'https://123deta.com/document/q5wex1jq-MicrosoftPowerPoint%E8%B3%87%E6%96%99%EF%BC%91%E9%9A%9C%E5%AE%B3%E8%80%85%E3%81%AE%E5%B0%B1%E5%8A%B4%E6%94%AF%E6%8F%B4%E3%81%AB%E3%81%A4%E3%81%84%E3%81%A6pptx.html',
    section: '2枚目（就労系障害福祉サービスの対象者）',
    checked: '2026-12-01',
  },
  // A national body under the ministry (独立行政法人, JEED): not the ministry itself, but the body that runs the
  // 地域障害者職業センター; the publisher is shown as it is. `authority` has no level of its own for it.
  'jeed-glossary': {
    kind: 'official',
    authority: 'ministry',
    publisher: '独立行政法人 高齢・障害・求職者雇用支援機構（JEED）',
    topic: '障害者雇用の事例集の資料編「用語解説」（ハローワーク、地域障害者職業センター、障害者就業・生活支援センター）',
    url: 'https://www.jeed.go.jp/disability/data/handbook/q2k4vk000001dk4j-att/q2k4vk000001dwdw.txt',
    checked: '2026-12-01',
  },
  // ── Law text (read through a legal publisher's copy) ──
  S18: {
    kind: 'official',
    authority: 'law',
    publisher: '新日本法規（法令の写し）',
    topic: '児童福祉法施行令（平成28年改正）の条文',
    url: 'https://www.sn-hoki.co.jp/data/pickup_hourei/onct/dac500f1f4d474ad1c33c683460bf859.html',
    checked: '2026-11',
  },
  // ── Prefectures ──
  S11: {
    kind: 'official',
    authority: 'prefecture',
    publisher: '大阪府',
    topic: '障害者総合支援法の対象疾病の拡大',
    url: 'https://www.pref.osaka.lg.jp/o090050/keikakusuishin/jiritushien/nambyou_kakudai.html',
    checked: '2026-11',
  },
  'kanagawa-youth': {
    kind: 'official',
    authority: 'prefecture',
    publisher: '神奈川県',
    topic: '2016年7月28日の会議資料（15歳以上の障害児入所施設の児童と障害福祉サービス）',
    url: 'https://expydoc.com/doc/10374567/',
    section: '児童福祉法第63条の2及び第63条の3による児童相談所長の通知',
    checked: '2026-11',
  },
  // ── Municipalities ──
  S1: {
    kind: 'official',
    authority: 'municipality',
    publisher: '大田区',
    title: '就労選択支援について',
    topic: '就労選択支援（2026年1月29日更新）',
    url: 'http://www.city.ota.tokyo.jp/seikatsu/fukushi/shougai/seikatsushien/fukushiservice/jiritsusien/shyurousenntaku202602.html',
    checked: '2026-12-01',
  },
  S2: {
    kind: 'official',
    authority: 'municipality',
    publisher: '杉並区',
    title: '就労選択支援について',
    topic: '就労選択支援（2025年10月14日）',
    url: 'https://www.city.suginami.tokyo.jp/s036/22759.html',
    checked: '2026-11',
  },
  S3: {
    kind: 'official',
    authority: 'municipality',
    publisher: '水戸市',
    topic: '就労選択支援',
    url: 'https://www.city.mito.lg.jp/site/syogai-service/109934.html',
    checked: '2026-12-01',
  },
  S4: {
    kind: 'official',
    authority: 'municipality',
    publisher: '福山市',
    title: '就労選択支援について',
    topic: '就労選択支援（2025年12月8日）',
    url: 'https://www.city.fukuyama.hiroshima.jp/soshiki/shogaifukushi/385787.html',
    checked: '2026-11',
  },
  S5: {
    kind: 'official',
    authority: 'municipality',
    publisher: '郡山市',
    topic: '就労選択支援',
    url: 'https://www.city.koriyama.lg.jp/soshiki/65/161614.html',
    checked: '2026-11',
  },
  A2: {
    kind: 'official',
    authority: 'municipality',
    publisher: '大津市',
    topic: '就労選択支援（2026年2月9日）',
    url: 'https://www.city.otsu.lg.jp/soshiki/020/1439/g/b/70145.html',
    checked: '2026-12-01',
  },
  A4: {
    kind: 'official',
    authority: 'municipality',
    publisher: '君津市',
    topic: '就労選択支援（2025年10月1日）',
    url: 'https://www.city.kimitsu.lg.jp/soshiki/21/81860.html',
    checked: '2026-12-01',
  },
  S7: {
    kind: 'official',
    authority: 'municipality',
    publisher: '市川市',
    title: '利用者負担上限月額',
    topic: '利用者負担上限月額（2025年10月10日）',
    url: 'https://www.city.ichikawa.lg.jp/wel05/0000497481.html',
    checked: '2026-12-01',
  },
  S8: {
    kind: 'official',
    authority: 'municipality',
    publisher: '西東京市',
    topic: '負担上限月額',
    url: 'https://www.city.nishitokyo.lg.jp/kenko_hukusi/syogaisyasien/shogaishashien_oshir/hutannjyougenngetugaku.html',
    checked: '2026-11',
  },
  S9: {
    kind: 'official',
    authority: 'municipality',
    publisher: '宇土市',
    topic: '高額障害福祉サービス等給付費',
    url: 'https://city.uto.kumamoto.jp/article/view/1088/1894.html',
    checked: '2026-11',
  },
  A6: {
    kind: 'official',
    authority: 'municipality',
    publisher: '松戸市',
    topic: 'サービスにかかる費用（2020年9月24日）',
    url: 'https://www.city.matsudo.chiba.jp/kenko_fukushi/shougaifukushi/shougaiservice/jiritusienhou/hiyou.html',
    checked: '2026-12-01',
  },
  A7: {
    kind: 'official',
    authority: 'municipality',
    publisher: '宮古市',
    topic: '障害福祉サービスの利用者負担（2024年12月23日）',
    url: 'https://www.city.miyako.iwate.jp/gyosei/iryo_kenko_fukushi/shogai_fukushi/1/3/5738.html',
    checked: '2026-12-01',
  },
  A8: {
    kind: 'official',
    authority: 'municipality',
    publisher: '入間市',
    topic: '障害福祉サービスの利用者負担（2023年3月31日）',
    url: 'https://www.city.iruma.saitama.jp/soshiki/shogaishashienka/shogaisha_fukushi/support_shogaisha/248/284.html',
    checked: '2026-12-01',
  },
  A9: {
    kind: 'official',
    authority: 'municipality',
    publisher: '向日市',
    topic: '障害福祉サービスの利用者負担（2021年1月6日）',
    url: 'https://www.city.muko.kyoto.jp/kurashi/soshiki/biminnsabisubu/5/1/4/1447290115182.html',
    checked: '2026-12-01',
  },
  A10: {
    kind: 'official',
    authority: 'municipality',
    publisher: '向日市',
    topic: '高額障害福祉サービス等給付費（2023年6月13日）',
    url: 'https://www.city.muko.kyoto.jp/kurashi/kenko_hoken/fukushi/3/1681974803891.html',
    checked: '2026-12-01',
  },
  A11: {
    kind: 'official',
    authority: 'municipality',
    publisher: '東温市',
    topic: '高額障害福祉サービス等給付費（2022年8月16日）',
    url: 'https://www.city.toon.ehime.jp/soshiki/8/16690.html',
    checked: '2026-12-01',
  },
  'yashio-cap-management': {
    kind: 'official',
    authority: 'municipality',
    publisher: '八潮市',
    title: '障がい福祉サービス費などに関する上限額管理',
    topic: '上限額管理（2024年7月3日更新）',
    url: 'https://www.city.yashio.lg.jp/kenko/shogaishafukushi/syougaifukusisa-bisu/jougenkanri.html',
    section: '「上限額管理とは」',
    checked: '2026-12-01',
  },
  A12: {
    kind: 'official',
    authority: 'municipality',
    publisher: '市川市',
    topic: '訓練等給付の利用について（2025年5月1日）',
    url: 'https://www.city.ichikawa.lg.jp/wel05/0000485012.html',
    checked: '2026-12-01',
  },
  A13: {
    kind: 'official',
    authority: 'municipality',
    publisher: '大阪狭山市',
    topic: '訓練等給付費における暫定支給（2023年10月31日）',
    url: 'https://www.city.osakasayama.osaka.jp/machizukuri_shisei/tetsuzuki/2/5114.html',
    checked: '2026-12-01',
  },
  A14: {
    kind: 'official',
    authority: 'municipality',
    publisher: '和歌山市',
    topic: '訓練等給付に係る暫定支給決定（令和7年9月11日）',
    url: 'https://www-city-wakayama-wakayama-jp.cache.yimg.jp/jigyou/fukusi/1009091/1018717.html',
    checked: '2026-12-01',
  },
  A15: {
    kind: 'official',
    authority: 'municipality',
    publisher: '神戸市',
    topic: '就労定着支援（2022年12月8日）',
    url: 'http://www.city.kobe.lg.jp.cache.yimg.jp/a95295/service_introduction/syuroteichakushien.html',
    checked: '2026-12-01',
  },
  S10: {
    kind: 'official',
    authority: 'municipality',
    publisher: '高松市',
    topic: '難病等の方の障害福祉サービス（2025年3月3日）',
    url: 'https://www.city.takamatsu.kagawa.jp/smph/kurashi/kenkou/shogai_shien/shogai_fukushi/nanbyou.html',
    checked: '2026-12-01',
  },
  S12: {
    kind: 'official',
    authority: 'municipality',
    publisher: '八潮市',
    topic: '障害者総合支援法の対象疾病',
    url: 'https://www.city.yashio.lg.jp/kenko/shogaishafukushi/syougaisyasien/sogoshienho.html',
    checked: '2026-11',
  },
  S13: {
    kind: 'official',
    authority: 'municipality',
    publisher: '中野区',
    title: '休職中の方の障害福祉サービスの利用について',
    topic: '休職中の障害福祉サービスの利用（2025年3月21日）',
    // official-sources.md: the live path is kenko_hukushi (reference.md wrote kenko_hukusi).
    url: 'https://www.city.tokyo-nakano.lg.jp/kenko_hukushi/syogai/syuro/kyusyoku.html',
    checked: '2026-12-01',
  },
  A19: {
    kind: 'official',
    authority: 'municipality',
    publisher: '廿日市市',
    topic: '休職からの復職を目指す場合（2025年4月21日、厚生労働省の事務連絡による）',
    url: 'https://www.city.hatsukaichi.hiroshima.jp/soshiki/34/124345.html',
    checked: '2026-12-01',
  },
  'yokohama-ward-office': {
    kind: 'official',
    authority: 'municipality',
    publisher: '横浜市',
    title: '障害福祉サービスの利用手続きについて',
    topic: '障害福祉サービスの利用手続き（指定都市の区役所が相談窓口。2023年12月28日更新）',
    url: 'https://www.city.yokohama.lg.jp/kurashi/fukushi-kaigo/fukushi/annai/sogoshien/sf-service.html',
    section: '「相談窓口」：「お住いの区の福祉保健センター(区役所)…にお気軽にご相談ください」',
    checked: '2026-12-01',
  },
  'sakai-copay': {
    kind: 'official',
    authority: 'municipality',
    publisher: '堺市',
    topic: '障害福祉サービスの利用者負担（政令指定都市の税率での判定）',
    url: 'http://www.city.sakai.lg.jp/kenko/fukushikaigo/shogaifukushi/shiori/shiori/riyoushafutan.html',
    section: '「政令指定都市に住所を有していた方の場合、8%ではなく6%の税率で算出」（reference.md 7.8 の引用）',
    checked: '2026-11',
  },
  'muroran-nakapotsu': {
    kind: 'official',
    authority: 'municipality',
    publisher: '室蘭市',
    topic: '障害者就業・生活支援センター',
    url: 'https://www.city.muroran.lg.jp/welfare/?content=6535',
    section: '「就業支援担当者と生活支援担当者が協力して、就業面及び生活面の一体的な支援を行います」',
    checked: '2026-12-01',
  },
  S16: {
    kind: 'official',
    authority: 'municipality',
    publisher: '日野市',
    topic: '障害福祉サービス利用の流れ',
    url: 'http://www.city.hino.lg.jp/index.cfm/193,114215,325,1925,html',
    checked: '2026-12-01',
  },
  A21: {
    kind: 'official',
    authority: 'municipality',
    publisher: '日野市',
    topic: '障害児通所サービスの利用方法',
    url: 'https://www.city.hino.lg.jp/fukushi/nanbyo/service/shogaiji/1003756.html',
    checked: '2026-12-01',
  },
  A22: {
    kind: 'official',
    authority: 'municipality',
    publisher: '宮津市',
    topic: '措置に関する規則（例規）',
    url: 'http://www.city.miyazu.kyoto.jp/reiki/reiki_honbun/k107RG00000655.html',
    section: '第2条第1号（身体障害者の定義）',
    checked: '2026-12-01',
  },
  S14: {
    kind: 'official',
    authority: 'municipality',
    publisher: '鎌倉市',
    title: '給与所得控除等の見直し',
    topic: '令和7年度税制改正：給与所得控除等の見直し（2025年11月18日）',
    url: 'https://www.city.kamakura.kanagawa.jp/shiminzei/r7zeiseikaisei-1.html',
    checked: '2026-12-01',
  },
  S15: {
    kind: 'official',
    authority: 'municipality',
    publisher: '合志市',
    topic: '住民税の非課税基準',
    url: 'https://www.city.koshi.lg.jp/kiji00311808/index.html',
    checked: '2026-12-01',
  },
  T1: {
    kind: 'official',
    authority: 'municipality',
    publisher: '墨田区',
    topic: '住民税が課税されない方（2022年1月27日）',
    url: 'https://www.city.sumida.lg.jp/kurashi/zeikin/zyuuminzei/zyuminzei_hikazei.html',
    checked: '2026-12-01',
  },
  S17: {
    kind: 'official',
    authority: 'municipality',
    publisher: '京都市',
    title: '令和6年度報酬改定に伴う食事提供体制加算の取扱い',
    topic: '食事提供体制加算の取扱い',
    url: 'https://www.city.kyoto.lg.jp/hokenfukushi/page/0000332943.html',
    checked: '2026-11',
  },

  // ── Secondary pages: shown only beside an official source, and labelled as such ──
  'P-manaby': { kind: 'secondary', publisher: 'manaby', topic: '就労移行支援の対象者', url: 'https://works.manaby.co.jp/?p=22644', checked: '2026-11' },
  'P-manaby-no-handbook': {
    kind: 'secondary',
    publisher: 'manaby',
    topic: '手帳がなくても就労移行支援を使えるか',
    url: 'https://works.manaby.co.jp/column/56940/?p=21965',
    checked: '2026-11',
  },
  'P-shougaishacube': {
    kind: 'secondary',
    publisher: '障害者キューブ',
    topic: '令和3年度 就労移行支援の算定基準（厚生労働省の文言を引用）',
    url: 'https://shougaishacube.com/blog/2021/09/16/r3-ikou-santeikijun',
    checked: '2026-11',
  },
  'P-kaigosupport': {
    kind: 'secondary',
    publisher: '介護サポート',
    topic: '就労移行支援の対象者（65歳以上を含む）',
    url: 'https://kaigosupport.com/2020/12/31/shuurouikoutaishousha/',
    checked: '2026-11',
  },
  'P-e-fukushi': { kind: 'secondary', publisher: 'e-fukushi', topic: '就労移行支援の利用期間', url: 'https://e-fukushi.jp/?p=263', checked: '2026-11' },
  'P-e-fukushi-card': {
    kind: 'secondary',
    publisher: 'e-fukushi',
    topic: '受給者証の申請にかかる期間',
    url: 'https://e-fukushi.jp/shuroikou/jukyushasho-shinsei',
    checked: '2026-11',
  },
  'P-hama-shu': { kind: 'secondary', publisher: 'hama-shu', topic: '就労移行支援の利用期間の延長', url: 'https://hama-shu.jp/470', checked: '2026-11' },
  'P-kabudata-student': {
    kind: 'secondary',
    publisher: 'fukusi.kabudata-dll.com',
    topic: '大学在学中の就労移行支援（厚生労働省Q&Aの引用）',
    url: 'https://fukusi.kabudata-dll.com/?p=27824',
    checked: '2026-11',
  },
  'P-kabudata-meals': {
    kind: 'secondary',
    publisher: 'fukusi.kabudata-dll.com',
    topic: '食事提供体制加算の対象サービスと経過措置',
    url: 'https://fukusi.kabudata-dll.com/?p=9113',
    checked: '2026-12-01',
  },
  'P-syogaifukushi-osaka': {
    kind: 'secondary',
    publisher: 'syogaifukushi-osaka.com',
    topic: '一般就労中の就労系障害福祉サービスの一時的な利用（2024年4月から）',
    url: 'https://syogaifukushi-osaka.com/ippan-shurochu-ichijiteki-riyo/',
    checked: '2026-11',
  },
  'P-akita-rehacen': {
    kind: 'secondary',
    publisher: 'hbd.akita-rehacen.jp',
    topic: '一般就労中の一時的な利用',
    url: 'https://hbd.akita-rehacen.jp/?p=360',
    checked: '2026-11',
  },
  'P-syuro-olive': {
    kind: 'secondary',
    publisher: 'syuro-olive.jp',
    topic: '就労移行支援の再利用',
    url: 'https://www.syuro-olive.jp/column/useful/341',
    checked: '2026-11',
  },
  'P-foryourlife': {
    kind: 'secondary',
    publisher: 'foryourlife.jp',
    topic: '就労移行支援の2回目の利用',
    url: 'https://foryourlife.jp/2024/04/01/nikaimeriyou/',
    checked: '2026-11',
  },
  'P-hirono-office': {
    kind: 'secondary',
    publisher: 'hirono-office.com',
    topic: '就労定着支援の対象と期間',
    url: 'https://hirono-office.com/blog/270',
    checked: '2026-11',
  },
  'P-persol-diverse': {
    kind: 'secondary',
    publisher: 'パーソルダイバース',
    topic: '用語集「就労定着支援」',
    url: 'https://persol-diverse.co.jp/lab/glossary/sa/027',
    checked: '2026-11',
  },
  'P-ot-study': {
    kind: 'secondary',
    publisher: 'ot-study.com',
    topic: '作業療法士国家試験 第56回の問題（就労定着支援の対象）',
    url: 'https://ot-study.com/kokushi/question_detail/?kai=56&question_id=250',
    checked: '2026-11',
  },
  'P-shigyo': {
    kind: 'secondary',
    publisher: 'shigyo.co.jp',
    topic: '暫定支給決定（厚生労働省「訓練等給付に係る暫定支給決定について」を引用）',
    url: 'https://shigyo.co.jp/search_post/fukushi/syuroikou/payment-decision',
    checked: '2026-11',
  },
  'P-sugahara': {
    kind: 'secondary',
    publisher: 'sugahara-tatsuhisa.com',
    topic: '就労継続支援A型の対象者（厚生労働省の文言を引用）',
    url: 'https://sugahara-tatsuhisa.com/',
    checked: '2026-11',
  },
  'P-offe': { kind: 'secondary', publisher: 'offe.jp', topic: '就労継続支援A型（雇用契約・最低賃金）', url: 'https://www.offe.jp/a', checked: '2026-11' },
  'P-oyanakiato': {
    kind: 'secondary',
    publisher: 'oyanakiato.com',
    topic: '障害福祉サービスの自己負担と世帯',
    url: 'https://www.oyanakiato.com/archives/2040',
    checked: '2026-11',
  },
  'P-guide-ss': {
    kind: 'secondary',
    publisher: 'guide-ss.com',
    topic: '障害福祉サービスの利用者負担（世帯の範囲）',
    url: 'https://guide-ss.com/?p=4114',
    checked: '2026-11',
  },
  'P-guide-ss-a-age': {
    kind: 'secondary',
    publisher: 'guide-ss.com',
    topic: '就労継続支援A型の年齢制限（65歳以上の継続利用）',
    url: 'https://guide-ss.com/?p=24606',
    checked: '2026-12-01',
  },
  'P-okabase': {
    kind: 'secondary',
    publisher: 'okabase.com',
    topic: '障害福祉サービスの申請に必要なもの',
    url: 'https://okabase.com/qa/a/fukushi-service/q104',
    checked: '2026-11',
  },
  'P-lagurus': {
    kind: 'secondary',
    publisher: 'office-lagurus.com',
    topic: '受給者証の更新',
    url: 'https://office-lagurus.com/blog/2025/11/18/kojin-start',
    checked: '2026-11',
  },
  'P-medi-em': {
    kind: 'secondary',
    publisher: 'medi-em.net',
    topic: '地域障害者職業センターのリワーク支援',
    url: 'https://medi-em.net/2016/03/04/リワーク支援/',
    checked: '2026-11',
  },
  'P-note-nishiyama': {
    kind: 'secondary',
    publisher: 'note（社会保険労務士）',
    topic: '香川県の事務連絡（2024年10月25日）の解説',
    url: 'https://note.com/sr_nishiyama',
    checked: '2026-11',
  },
  'seed-001': { kind: 'secondary', publisher: 'キャリア・サポート・パートナーズ（就労移行支援事業所）', topic: 'よくある質問', checked: '2026-11' },
  G1: {
    kind: 'secondary',
    publisher: 'GitHub上の文書（アーカイブ番号 55363610466）',
    topic: 'ADR 0020「令和6／令和8請求マスタの出典と版管理」',
    checked: '2026-11',
  },
  G2: { kind: 'secondary', publisher: 'GitHub上の文書（アーカイブ番号 69778036105）', topic: '就労継続支援B型 開設シミュレーション', checked: '2026-11' },
  calc: { kind: 'calculation', publisher: 'このアプリ', topic: 'このアプリによる試算（上の公的なページの数値から計算）', checked: '2026-12-01' },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** A rule's citation of a source: its id, and the section that states this rule where it differs from the record's. */
export type Cite = SourceId | { id: SourceId; section: string };
