/**
 * Furigana on screen: turns `{漢字|かんじ}` in any text Preact renders into
 * <ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>, and strips it from attributes that take plain text.
 *
 * Why a render hook rather than a <T> component: text reaches the DOM through a few hundred t() calls and
 * the shared UI components take plain strings as props. The hook sees every element's children as it is
 * created, so no text (nor a view added later) can miss its readings, and src/ui stays markup-free.
 * It is loaded, and installed, only once a language with readings is chosen (see loadLanguage()).
 */
import { Fragment, h, options, type ComponentChildren, type VNode } from 'preact';
import { parseRuby, plainText } from './markup';

/**
 * A text as children: plain runs stay strings, annotated words become <ruby>, all in one <span>. The span keeps
 * the text one piece in a flex container (a button): Chromium names each flex item apart, so "次へ" would be
 * read as "次 へ". The reading is hidden from assistive technology: the words are read once, by the screen
 * reader's own reading, and the accessible name is the visible words (as voice control expects).
 */
export function renderRuby(text: string): ComponentChildren {
  const parts = parseRuby(text);
  if (parts.every((p) => typeof p === 'string')) return text;
  return h(
    'span',
    null,
    parts.map((p) =>
      typeof p === 'string' ? p : h('ruby', null, p.base, h('rp', null, '('), h('rt', { 'aria-hidden': 'true' }, p.reading), h('rp', null, ')')),
    ),
  );
}

/** Attributes read out or shown as plain text: readings there would be read twice or shown raw. */
const PLAIN_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder'];
/** Elements whose content must stay text (ruby inside an <option> or <title> is not allowed). */
const TEXT_ONLY = new Set(['option', 'title', 'textarea', 'script', 'style']);

const hasMarkup = (v: unknown): v is string => typeof v === 'string' && v.includes('|');

/** Days of the month not read as <number>にち. */
const DAY_READINGS: Record<number, string> = {
  1: 'ついたち',
  2: 'ふつか',
  3: 'みっか',
  4: 'よっか',
  5: 'いつか',
  6: 'むいか',
  7: 'なのか',
  8: 'ようか',
  9: 'ここのか',
  10: 'とおか',
  14: 'じゅうよっか',
  20: 'はつか',
  24: 'にじゅうよっか',
};

/** A date with its readings, in digits: 2026{年|ねん}12{月|がつ}{1日|ついたち}. */
export function rubyDate(year: number, month: number, day: number): string {
  const d = DAY_READINGS[day] ? `{${day}日|${DAY_READINGS[day]}}` : `${day}{日|にち}`;
  return `${year}{年|ねん}${month}{月|がつ}${d}`;
}

/** What src/i18n needs from here once a language with readings is loaded. */
export interface RubyHelpers {
  plainText(text: string): string;
  date(year: number, month: number, day: number): string;
}

let installed = false;

/** Installs the hook once (it chains any hook already there, e.g. from devtools). */
export function installRuby(): RubyHelpers {
  const helpers = { plainText, date: rubyDate };
  if (installed) return helpers;
  installed = true;
  const annotate = (children: unknown, plain: boolean): unknown => {
    if (hasMarkup(children)) return plain ? plainText(children) : renderRuby(children);
    if (Array.isArray(children) && children.some((c) => hasMarkup(c) || Array.isArray(c))) return children.map((c) => annotate(c, plain));
    return children;
  };
  const previous = options.vnode;
  options.vnode = (vnode: VNode) => {
    const { type } = vnode;
    if (typeof type === 'string' || type === Fragment) {
      const props = vnode.props as Record<string, unknown>;
      if ('children' in props) props.children = annotate(props.children, typeof type === 'string' && TEXT_ONLY.has(type));
      if (typeof type === 'string') for (const a of PLAIN_ATTRIBUTES) if (hasMarkup(props[a])) props[a] = plainText(props[a] as string);
    }
    previous?.(vnode);
  };
  return helpers;
}
