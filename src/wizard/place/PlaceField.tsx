/**
 * The municipality question's field (issue 15): an optional prefecture list, then a text field that finds a
 * municipality or ward by its name or reading, as an ARIA 1.2 combobox with a list box (↓ ↑ Enter Escape), a
 * polite announcement of how many places match, and the place chosen, with a note for a 指定都市 (its ward
 * office, 区役所, is the counter). This module and the data arrive together when the question is reached.
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { fieldId, type InputFieldProps } from '../QuestionStep';
import { voiced } from '../voice';
import type { Place } from '../../municipalities/places';
import { loadPlaces, placeText, withReading, type PlacesModule } from './names';
import './place.css';

/** Loads the municipalities' data, then gives the field (QuestionStep shows "loading" until then). */
export async function loadPlaceField(): Promise<(p: InputFieldProps) => JSX.Element> {
  const data = await loadPlaces();
  return (p) => <PlaceField {...p} data={data} />;
}

/** How long typing must pause before the number of matches is announced (not every keystroke). */
const ANNOUNCE_AFTER_MS = 500; // not law: a pause in typing, in milliseconds

export function PlaceField({ q, local, setLocal, invalid, describedBy, data }: InputFieldProps & { data: PlacesModule }) {
  const tm = (key: string, params?: Record<string, unknown>) => t(voiced(`wizard:q.${q.id}.${key}`), params);
  const id = fieldId(q);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const howId = `${id}-how`;

  const chosen = useMemo(() => {
    const found = local.choice ? data.lookupMunicipality(local.choice) : undefined;
    return found?.kind === 'found' ? found.place : undefined;
  }, [local.choice]);
  // Not narrowed at first, even with a place chosen: a new name typed is then found wherever it is.
  const [prefecture, setPrefecture] = useState(0);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = local.text.trim();
  const found = useMemo(() => data.placeSearch()(query, { prefecture: prefecture || undefined }), [query, prefecture]);
  const shown = open && found.places.length > 0;

  // An answer given before (or from a saved case): its name in the field.
  useEffect(() => {
    if (chosen && local.text === '') setLocal((l) => ({ ...l, text: chosen.name }));
  }, []);

  // The active option stays in view while moving through a list that scrolls.
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (active >= 0) list.current?.querySelector(`#${optionId(active)}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const pref = data.PREFECTURES[prefecture - 1];
  const chosenText = chosen && placeText(data, chosen.code);
  const status = chosen
    ? tm('chosen', { place: chosenText })
    : !query
      ? ''
      : found.total === 0
        ? pref
          ? tm('noMatchInPrefecture', { typed: query, prefecture: withReading(pref.name, pref.kana) })
          : tm('noMatch', { typed: query })
        : found.total > found.places.length
          ? tm('manyMatches', { count: found.places.length, total: found.total })
          : tm('matches', { count: found.total });
  // The live region speaks once typing pauses; what is on screen follows at once.
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(status), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [status]);

  /** A 指定都市 or one of its wards: the ward office is the counter. */
  const designatedNote = (p: Place) => {
    const city = p.city && data.lookupMunicipality(p.city.code);
    const name = withReading(p.name, p.kana);
    if (city?.kind !== 'found') return tm('designated', { name });
    return tm('ward', { name, city: withReading(city.place.name, city.place.kana) });
  };

  const choose = (code: string, name: string) => {
    setLocal((l) => ({ ...l, choice: code, text: name }));
    setOpen(false);
    setActive(-1);
  };

  function onKeyDown(e: KeyboardEvent) {
    const n = found.places.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (n === 0) return;
      e.preventDefault();
      const down = e.key === 'ArrowDown';
      if (!shown) {
        setOpen(true);
        // Alt+↓ opens the list and leaves the focus in the field (APG combobox).
        setActive(e.altKey ? -1 : down ? 0 : n - 1);
      } else setActive((a) => (down ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
    } else if (e.key === 'Enter' && shown && active >= 0) {
      e.preventDefault(); // chooses the option, does not send the form
      const p = found.places[active]!;
      choose(p.code, p.name);
    } else if (e.key === 'Escape') {
      if (shown) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (local.text) {
        e.preventDefault();
        setLocal((l) => ({ ...l, text: '', choice: null }));
      }
    }
  }

  return (
    <div class="place-field">
      <div class="place-field__prefecture">
        <label class="place-field__label" for={`${id}-prefecture`}>
          {tm('prefecture')}
        </label>
        <select
          id={`${id}-prefecture`}
          class="place-field__select"
          value={String(prefecture)}
          onChange={(e) => {
            const code = Number(e.currentTarget.value);
            setPrefecture(code);
            setActive(-1);
            // A place chosen in another prefecture no longer fits.
            if (chosen && code && chosen.prefectureCode !== code) setLocal((l) => ({ ...l, choice: null }));
          }}
        >
          <option value="0">{tm('allPrefectures')}</option>
          {data.PREFECTURES.map((p) => (
            <option key={p.code} value={String(p.code)}>
              {p.name}（{p.kana}）
            </option>
          ))}
        </select>
      </div>
      <p class="place-field__label" id={howId}>
        {tm('nameLabel')}
      </p>
      <input
        id={id}
        name={id}
        type="text"
        class={`input place-field__input${invalid ? ' input--error' : ''}`}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
        aria-describedby={[howId, describedBy].filter(Boolean).join(' ')}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        autoCapitalize="off"
        spellcheck={false}
        value={local.text}
        onInput={(e) => {
          const text = e.currentTarget.value;
          setLocal((l) => ({ ...l, text, choice: null }));
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {/* The field keeps the focus: a click on an option or the list's scroll bar chooses or scrolls without blurring it. */}
      <ul ref={list} id={listId} role="listbox" class="place-field__list" aria-label={tm('listLabel')} hidden={!shown} onMouseDown={(e) => e.preventDefault()}>
        {shown &&
          found.places.map((p, i) => (
            <li
              key={p.code}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              class={`place-field__option${i === active ? ' place-field__option--active' : ''}`}
              onClick={() => choose(p.code, p.name)}
            >
              <span class="place-field__name">{p.name}</span>{' '}
              <span class="place-field__where">{`${withReading(p.prefecture, data.PREFECTURES[p.prefectureCode - 1]?.kana)}・${p.kana}`}</span>
            </li>
          ))}
      </ul>
      {shown && found.total > found.places.length && (
        <p class="hint place-field__more">{tm('manyMatches', { count: found.places.length, total: found.total })}</p>
      )}
      {!chosen && query && found.total === 0 && <p class="place-field__none">{status}</p>}
      <p class="visually-hidden" role="status">
        {announced}
      </p>
      {chosen && (
        <div class="place-field__chosen">
          <p class="place-field__chosen-name">
            <span class="place-field__chosen-label">{tm('chosenLabel')}</span> {chosenText}
          </p>
          {chosen.designatedCity && <p>{designatedNote(chosen)}</p>}
        </div>
      )}
    </div>
  );
}
