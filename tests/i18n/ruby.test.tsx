/** The furigana markup: parsing, plain text for attributes, and what the render hook puts in the DOM. */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRuby, plainText } from '../../src/i18n/markup';
import { installRuby, renderRuby, rubyDate } from '../../src/i18n/ruby';

afterEach(cleanup);

describe('parseRuby', () => {
  it('splits plain runs and annotated words', () => {
    expect(parseRuby('{市区町村|しくちょうそん}の {窓口|まどぐち}で')).toEqual([
      { base: '市区町村', reading: 'しくちょうそん' },
      'の ',
      { base: '窓口', reading: 'まどぐち' },
      'で',
    ]);
  });

  it('a text without markup is one plain segment, an empty text none', () => {
    expect(parseRuby('はじめる')).toEqual(['はじめる']);
    expect(parseRuby('')).toEqual([]);
  });

  it('leaves i18next placeholders and malformed markup as text, losing nothing', () => {
    for (const text of ['{{count}}歳', '{窓口|まどぐち', '{窓口}', '{|まどぐち}', '{窓口|}', '窓口|まどぐち}', '{a|b|c}', '{{窓口|まどぐち}}x']) {
      const joined = parseRuby(text)
        .map((p) => (typeof p === 'string' ? p : `{${p.base}|${p.reading}}`))
        .join('');
      expect(joined, text).toBe(text);
    }
    expect(parseRuby('{窓口|まどぐち')).toEqual(['{窓口|まどぐち']);
    expect(parseRuby('{a|b|c}')).toEqual(['{a|b|c}']);
  });
});

describe('plainText', () => {
  it('keeps the base text and drops the readings', () => {
    expect(plainText('{年齢|ねんれい}を {入|い}れて ください')).toBe('年齢を 入れて ください');
    expect(plainText('How old are you?')).toBe('How old are you?');
    expect(plainText('{{amount}}円')).toBe('{{amount}}円');
  });
});

describe('rubyDate', () => {
  it('writes dates in digits with readings, days 1–10, 14, 20 and 24 read as people say them', () => {
    expect(rubyDate(2026, 12, 1)).toBe('2026{年|ねん}12{月|がつ}{1日|ついたち}');
    expect(rubyDate(2027, 4, 20)).toBe('2027{年|ねん}4{月|がつ}{20日|はつか}');
    expect(rubyDate(2027, 4, 15)).toBe('2027{年|ねん}4{月|がつ}15{日|にち}');
  });
});

describe('in the DOM', () => {
  it('renderRuby gives <ruby> with <rp> fallbacks and a reading hidden from the accessibility tree', () => {
    const { container } = render(<p>{renderRuby('{窓口|まどぐち}へ')}</p>);
    const ruby = container.querySelector('ruby')!;
    expect(ruby.outerHTML).toBe('<ruby>窓口<rp>(</rp><rt aria-hidden="true">まどぐち</rt><rp>)</rp></ruby>');
    expect(container.textContent).toBe('窓口(まどぐち)へ');
  });

  it('the hook annotates text in elements and fragments, and strips readings from attributes and <option>', () => {
    installRuby();
    const items = ['{一|いち}', '{二|に}'];
    const { container } = render(
      <div>
        <h1 title="{年齢|ねんれい}">
          {'{年齢|ねんれい}を '}
          <span>{'{教|おし}えて'}</span>
        </h1>
        <button type="button" aria-label="{次|つぎ}へ">
          x
        </button>
        <ul>
          {items.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
        <select aria-label="a">
          <option>{'{窓口|まどぐち}'}</option>
        </select>
        <p>{'{壊|こわ'}れた</p>
      </div>,
    );
    const h1 = container.querySelector('h1')!;
    expect(h1.querySelectorAll('ruby')).toHaveLength(2);
    expect(h1.getAttribute('title')).toBe('年齢');
    expect(container.querySelector('button')!.getAttribute('aria-label')).toBe('次へ');
    expect([...container.querySelectorAll('li rt')].map((e) => e.textContent)).toEqual(['いち', 'に']);
    expect(container.querySelector('option')!.textContent).toBe('窓口');
    // Malformed markup is shown as written, not dropped or half-rendered.
    expect(container.querySelector('p')!.textContent).toBe('{壊|こわれた');
    // No raw markup anywhere else.
    expect(container.textContent!.replace('{壊|こわれた', '')).not.toMatch(/[{}|]/);
  });

  it('text without markup renders unchanged', () => {
    installRuby();
    const { container } = render(<p>plain | text {'{{x}}'}</p>);
    expect(container.innerHTML).toBe('<p>plain | text {{x}}</p>');
  });
});
