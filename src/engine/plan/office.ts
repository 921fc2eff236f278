/**
 * The municipality's counter, where the case names its municipality: which office and how to name it, from the
 * open data (src/municipalities) and timeline.office [11.1]. Only what the data holds: name, reading, official
 * site and its date; never a phone number or a department name.
 */
import type { TimelineEntry, TimelineOffice } from '../../case/schema';
import { MUNICIPALITY_SOURCE, type Place } from '../../municipalities/lookup';
import { designatedCityOf } from '../context';
import { timeline, valueAt } from '../../rules';

export function officeOf(place: Place, asOf: string): TimelineOffice {
  const designated = valueAt(timeline.timelineOffice, asOf)!.designatedCityCounter;
  const counter: TimelineOffice['counter'] = place.city ? 'ward' : place.designatedCity ? designated : 'municipality';
  return {
    counter,
    name: place.name,
    kana: place.kana,
    ...(place.city ? { city: designatedCityOf(place)! } : {}),
    officialSite: place.officialSite,
    dataDate: MUNICIPALITY_SOURCE.date,
    rule: timeline.timelineOffice.id,
  };
}

/** The entries whose contact is the municipality, with its office; the others (and every entry without a place) as they are. */
export function withOffice(entries: readonly TimelineEntry[], place: Place | undefined, asOf: string): TimelineEntry[] {
  if (!place) return [...entries];
  const office = officeOf(place, asOf);
  return entries.map((e) => (e.contact === 'municipality' ? { ...e, office: { ...office } } : e));
}
