/** What every evaluator needs: the case, the date, and facts derived once from the answers. */
import type { Case } from '../case/schema';
import type { ServiceId } from '../case/enums';
import { ageFrom } from '../case/dates';
import { lookupMunicipality, MUNICIPALITY_SOURCE, PREFECTURES, type Place } from '../municipalities/lookup';

export interface Ctx {
  c: Case;
  asOf: string;
  /** Age on asOf: derived from birthDate when given; undefined when not answered. */
  age: number | undefined;
  /** Services the person uses now (empty when not answered). */
  current: readonly ServiceId[];
  /** True when history.current was answered. */
  currentAnswered: boolean;
  /** The municipality the case names (a parsed case names only one that exists); undefined when not answered. */
  place: Place | undefined;
}

export function makeCtx(c: Case, asOf: string): Ctx {
  return {
    c,
    asOf,
    age: ageFrom(c, asOf),
    current: currentServices(c),
    currentAnswered: c.history?.current !== undefined,
    place: placeOf(c),
  };
}

/** history.current, plus what a 65+ person held before 65 "and still uses" (case-format: grantedBefore65). */
function currentServices(c: Case): ServiceId[] {
  const now = c.history?.current ?? [];
  const kept = (c.history?.grantedBefore65 ?? []).filter((id) => !now.includes(id));
  return [...now, ...kept];
}

export function uses(ctx: Ctx, id: ServiceId): boolean {
  return ctx.current.includes(id);
}

function placeOf(c: Case): Place | undefined {
  if (c.municipality === undefined) return undefined;
  const found = lookupMunicipality(c.municipality);
  return found.kind === 'found' ? found.place : undefined;
}

/** The result's municipality: what the data says, with the data's date. */
export function resultMunicipality(place: Place) {
  const { code, name, prefecture, officialSite, designatedCity, city, kana } = place;
  const prefectureKana = PREFECTURES[place.prefectureCode - 1]?.kana;
  return {
    code,
    name,
    prefecture,
    kana,
    ...(prefectureKana ? { prefectureKana } : {}),
    officialSite,
    designatedCity,
    ...(city ? { city } : {}),
    dataDate: MUNICIPALITY_SOURCE.date,
  };
}

/** For a 指定都市 or one of its wards, the city itself (name and reading): the 6% rule is the city's [7.8]. */
export function designatedCityOf(place: Place): { name: string; kana: string } | undefined {
  if (!place.designatedCity) return undefined;
  if (!place.city) return { name: place.name, kana: place.kana };
  const city = lookupMunicipality(place.city.code);
  return city.kind === 'found' ? { name: city.place.name, kana: city.place.kana } : { name: place.city.name, kana: '' };
}
