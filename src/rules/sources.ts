/**
 * Citation registry. Every rule names its sources by these ids; titles and URLs are copied from
 * ../shared/rules/reference.md §13 and the tables that cite them. S* are official or municipal pages,
 * P-* secondary pages, G* reference documents on GitHub (named by archive id, their repositories unknown).
 */
export interface Source {
  title: string;
  url?: string;
  /** "official" (law, ministry, municipality), "secondary" (provider or information page), "calculation". */
  kind: 'official' | 'secondary' | 'calculation' | 'unconfirmed';
}

export const SOURCES = {
  S1: { kind: 'official', title: '大田区「就労選択支援について」(2026-01-29)', url: 'http://www.city.ota.tokyo.jp/seikatsu/fukushi/shougai/seikatsushien/fukushiservice/jiritsusien/shyurousenntaku202602.html' },
  S2: { kind: 'official', title: '杉並区「就労選択支援について」(2025-10-14)', url: 'https://www.city.suginami.tokyo.jp/s036/22759.html' },
  S3: { kind: 'official', title: '水戸市「就労選択支援」', url: 'https://www.city.mito.lg.jp/site/syogai-service/109934.html' },
  S4: { kind: 'official', title: '福山市「就労選択支援について」(2025-12-08)', url: 'https://www.city.fukuyama.hiroshima.jp/soshiki/shogaifukushi/385787.html' },
  S5: { kind: 'official', title: '郡山市「就労選択支援」', url: 'https://www.city.koriyama.lg.jp/soshiki/65/161614.html' },
  S6: { kind: 'official', title: '厚生労働省「就労選択支援の実施について」令和7年3月31日 障障発0331第3号', url: 'https://www.mhlw.go.jp/content/12200000/001472113.pdf' },
  S7: { kind: 'official', title: '市川市「利用者負担上限月額」(2025-10-10)', url: 'https://www.city.ichikawa.lg.jp/wel05/0000497481.html' },
  S8: { kind: 'official', title: '西東京市「負担上限月額」', url: 'https://www.city.nishitokyo.lg.jp/kenko_hukusi/syogaisyasien/shogaishashien_oshir/hutannjyougenngetugaku.html' },
  S9: { kind: 'official', title: '宇土市「高額障害福祉サービス等給付費」', url: 'https://city.uto.kumamoto.jp/article/view/1088/1894.html' },
  S10: { kind: 'official', title: '高松市「難病等の方も障害福祉サービス等の対象です」', url: 'https://www.city.takamatsu.kagawa.jp/smph/kurashi/kenkou/shogai_shien/shogai_fukushi/nanbyou.html' },
  S11: { kind: 'official', title: '大阪府「障害者総合支援法の対象疾病の拡大」', url: 'https://www.pref.osaka.lg.jp/o090050/keikakusuishin/jiritushien/nambyou_kakudai.html' },
  S12: { kind: 'official', title: '八潮市「障害者総合支援法の対象疾病」', url: 'https://www.city.yashio.lg.jp/kenko/shogaishafukushi/syougaisyasien/sogoshienho.html' },
  S13: { kind: 'official', title: '中野区「休職中の方の障害福祉サービスの利用について」(2025-03-21)', url: 'https://www.city.tokyo-nakano.lg.jp/kenko_hukusi/syogai/syuro/kyusyoku.html' },
  S14: { kind: 'official', title: '鎌倉市「給与所得控除等の見直し」(2025-11-18)', url: 'https://www.city.kamakura.kanagawa.jp/shiminzei/r7zeiseikaisei-1.html' },
  S15: { kind: 'official', title: '合志市「住民税の非課税基準」', url: 'https://www.city.koshi.lg.jp/kiji00311808/index.html' },
  S16: { kind: 'official', title: '日野市「障害福祉サービス利用の流れ」', url: 'http://www.city.hino.lg.jp/index.cfm/193,114215,325,1925,html' },
  S17: { kind: 'official', title: '京都市「令和6年度報酬改定に伴う食事提供体制加算の取扱い」', url: 'https://www.city.kyoto.lg.jp/hokenfukushi/page/0000332943.html' },
  S18: { kind: 'official', title: '児童福祉法施行令（平成28年改正）', url: 'https://www.sn-hoki.co.jp/data/pickup_hourei/onct/dac500f1f4d474ad1c33c683460bf859.html' },
  'P-manaby': { kind: 'secondary', title: 'manaby「就労移行支援の対象者」', url: 'https://works.manaby.co.jp/?p=22644' },
  'P-manaby-no-handbook': { kind: 'secondary', title: 'manaby「手帳がなくても利用できる？」', url: 'https://works.manaby.co.jp/column/56940/?p=21965' },
  'P-shougaishacube': { kind: 'secondary', title: '障害者キューブ「令和3年度 就労移行支援の算定基準」(厚労省の文言を引用)', url: 'https://shougaishacube.com/blog/2021/09/16/r3-ikou-santeikijun' },
  'P-kaigosupport': { kind: 'secondary', title: '介護サポート「就労移行支援の対象者（65歳以上）」', url: 'https://kaigosupport.com/2020/12/31/shuurouikoutaishousha/' },
  'P-e-fukushi': { kind: 'secondary', title: 'e-fukushi「就労移行支援の利用期間」', url: 'https://e-fukushi.jp/?p=263' },
  'P-e-fukushi-card': { kind: 'secondary', title: 'e-fukushi「受給者証の申請」', url: 'https://e-fukushi.jp/shuroikou/jukyushasho-shinsei' },
  'P-hama-shu': { kind: 'secondary', title: 'hama-shu「就労移行支援の延長」', url: 'https://hama-shu.jp/470' },
  'P-kabudata-student': { kind: 'secondary', title: '厚労省Q&A（大学在学中の就労移行支援）の引用', url: 'https://fukusi.kabudata-dll.com/?p=27824' },
  'P-kabudata-period': { kind: 'secondary', title: '厚労省Q&A（支給決定期間）の引用', url: 'https://fukusi.kabudata-dll.com/h191219-q16/' },
  'P-kabudata-meals': { kind: 'secondary', title: '食事提供体制加算の対象サービス', url: 'https://fukusi.kabudata-dll.com/?p=9113' },
  'P-syogaifukushi-osaka': { kind: 'secondary', title: '一般就労中の就労系障害福祉サービスの一時的な利用（2024年4月〜）', url: 'https://syogaifukushi-osaka.com/ippan-shurochu-ichijiteki-riyo/' },
  'P-akita-rehacen': { kind: 'secondary', title: '秋田県「一般就労中の一時的な利用」', url: 'https://hbd.akita-rehacen.jp/?p=360' },
  'P-syuro-olive': { kind: 'secondary', title: '就労移行支援の再利用について', url: 'https://www.syuro-olive.jp/column/useful/341' },
  'P-foryourlife': { kind: 'secondary', title: '就労移行支援の2回目の利用', url: 'https://foryourlife.jp/2024/04/01/nikaimeriyou/' },
  'P-hirono-office': { kind: 'secondary', title: '就労定着支援とは（対象・期間）', url: 'https://hirono-office.com/blog/270' },
  'P-persol-diverse': { kind: 'secondary', title: 'パーソルダイバース「就労定着支援」用語集', url: 'https://persol-diverse.co.jp/lab/glossary/sa/027' },
  'P-ot-study': { kind: 'secondary', title: '作業療法士国家試験 第56回 問題（就労定着支援の対象）', url: 'https://ot-study.com/kokushi/question_detail/?kai=56&question_id=250' },
  'P-shigyo': { kind: 'secondary', title: '暫定支給決定について（厚労省「訓練等給付に係る暫定支給決定について」を引用）', url: 'https://shigyo.co.jp/search_post/fukushi/syuroikou/payment-decision' },
  'P-sugahara': { kind: 'secondary', title: '就労継続支援A型の対象者（厚労省の文言を引用）', url: 'https://sugahara-tatsuhisa.com/' },
  'P-offe': { kind: 'secondary', title: '就労継続支援A型（雇用契約・最低賃金）', url: 'https://www.offe.jp/a' },
  'P-oyanakiato': { kind: 'secondary', title: '親なきあと「障害福祉サービスの自己負担と世帯」', url: 'https://www.oyanakiato.com/archives/2040' },
  'P-guide-ss': { kind: 'secondary', title: '障害福祉サービスの利用者負担（世帯の範囲）', url: 'https://guide-ss.com/?p=4114' },
  'P-okabase': { kind: 'secondary', title: 'okabase「障害福祉サービスの申請に必要なもの」', url: 'https://okabase.com/qa/a/fukushi-service/q104' },
  'P-lagurus': { kind: 'secondary', title: '受給者証の更新', url: 'https://office-lagurus.com/blog/2025/11/18/kojin-start' },
  'P-medi-em': { kind: 'secondary', title: '地域障害者職業センターのリワーク支援', url: 'https://medi-em.net/2016/03/04/リワーク支援/' },
  'P-note-nishiyama': { kind: 'secondary', title: 'note（社労士）香川県 事務連絡 2024-10-25 の解説', url: 'https://note.com/sr_nishiyama' },
  'P-knowbe': { kind: 'secondary', title: 'knowbe「地域区分と1単位の単価」', url: 'https://knowbe.jp/media/604b4mz49-typeb-regionalunitprice' },
  'seed-001': { kind: 'secondary', title: 'キャリア・サポート・パートナーズ（就労移行支援事業所）FAQ' },
  'seed-002': { kind: 'secondary', title: '日本就労移行支援センター「就労定着支援」' },
  G1: { kind: 'secondary', title: 'ADR 0020「令和6／令和8請求マスタの出典と版管理」(GitHub, archive id 55363610466)' },
  G2: { kind: 'secondary', title: 'B型 開設シミュレーション（GitHub, archive id 69778036105）' },
  unconfirmed: { kind: 'unconfirmed', title: '出典未確認：公的な根拠が見つかっていません（市区町村に確認してください）' },
  calc: { kind: 'calculation', title: 'この計算は当プロジェクトによる試算です（reference.md §8–§9 の数値から）' },
  A19: { kind: 'official', title: '廿日市市「休職からの復職を目指す場合」(2025-04-21)', url: 'https://www.city.hatsukaichi.hiroshima.jp/soshiki/34/124345.html' },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
