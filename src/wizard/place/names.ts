/**
 * A municipality's code in words ("神奈川県 横浜市"), for the check-answers page, the handout and the field itself.
 * The names are in src/municipalities (data.json, ~41 KiB gzip), which the wizard loads by import() only: until
 * it is here the code stands in, and the text follows once it arrives (a signal). The case reader needs that data
 * too, so wherever answers hold a code it is normally loaded already.
 */
import { signal } from '@preact/signals';
import { currentLanguage } from '../../i18n';
import type * as Places from '../../municipalities/places';

export type PlacesModule = typeof Places;

const loaded = signal<PlacesModule | null>(null);
let loading: Promise<PlacesModule> | undefined;

/** The municipalities' module (once; a failed load, e.g. offline, is tried again on the next call). */
export function loadPlaces(): Promise<PlacesModule> {
  return (loading ??= import('../../municipalities/places').then(
    (m) => (loaded.value = m),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  ));
}

/** A name with its reading as furigana markup ({横浜市|よこはまし}) in a language that shows readings. */
export const withReading = (name: string, kana: string | undefined): string => (kana && currentLanguage().ruby ? `{${name}|${kana}}` : name);

/** "神奈川県 横浜市", "北海道 札幌市中央区"; with readings (furigana) in a language that shows them. */
export function placeText(m: PlacesModule, code: string): string | undefined {
  const found = m.lookupMunicipality(code);
  if (found.kind !== 'found') return undefined;
  const p = found.place;
  return `${withReading(p.prefecture, m.PREFECTURES[p.prefectureCode - 1]?.kana)} ${withReading(p.name, p.kana)}`;
}

/** The code in words once the names are here (read in a component, it re-renders then); the code until then. */
export function placeName(code: string): string {
  const m = loaded.value;
  if (!m) {
    loadPlaces().catch(() => undefined);
    return code;
  }
  return placeText(m, code) ?? code;
}
