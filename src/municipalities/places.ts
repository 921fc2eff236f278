/**
 * What the municipality question needs, in one module the wizard loads by dynamic import() only (data.json is
 * ~41 KiB gzip: never on the first question's path): the prefectures, a code's place, and one search index.
 */
import { allPlaces } from './lookup';
import { createPlaceSearch, type PlaceSearch } from './search';

export { lookupMunicipality, PREFECTURES, type Place } from './lookup';
export { SEARCH_LIMIT, type SearchResult } from './search';

let search: PlaceSearch | undefined;

/** The search over every place, built on first use. */
export function placeSearch(): PlaceSearch {
  return (search ??= createPlaceSearch(allPlaces()));
}
