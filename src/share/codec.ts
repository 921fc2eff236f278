/**
 * The share link's codec: a case ⇄ the URL fragment `case=<version>.<base64url(deflate-raw(JSON))>`.
 * The fragment is never sent to a server, so the answers travel only inside the link.
 *
 * Pure: standard web APIs only (CompressionStream, TextEncoder, atob/btoa), the same in browsers and Node 20.
 * Decoding never throws: every way a link can be damaged comes back as a typed error, and limits are checked
 * before the work they guard (the length before decoding, the inflated size while inflating).
 *
 * Two versions meet here. The link version (the "1." prefix) says how the bytes are packed; the case inside
 * carries its own `format`, and parseCase migrates older case formats. A link written by this version must
 * open in every later one: tests/share keeps a link from the first release as a fixture.
 */
import type { Case } from '../case/schema';
import type { CaseProblem } from '../case/issues';
import { parseCase } from '../case/parse';
import { FRAGMENT_KEY, shareFragment } from './fragment';

export const LINK_VERSION = 1;
/** Longest fragment read at all (a real case makes well under 1 KiB). */
export const MAX_LINK_CHARS = 16 * 1024;
/** Largest inflated case accepted: a deflate bomb stops here, not in memory. */
export const MAX_CASE_BYTES = 64 * 1024;

export type LinkErrorCode =
  | 'not-a-link'
  | 'too-long'
  | 'newer-version'
  | 'unknown-version'
  | 'bad-encoding'
  | 'bad-compression'
  | 'too-large'
  | 'bad-json'
  | 'invalid-case'
  | 'unsupported';

export const LINK_ERROR_CODES: readonly LinkErrorCode[] = [
  'not-a-link',
  'too-long',
  'newer-version',
  'unknown-version',
  'bad-encoding',
  'bad-compression',
  'too-large',
  'bad-json',
  'invalid-case',
  'unsupported',
];

export interface LinkError {
  code: LinkErrorCode;
  /** With "invalid-case": what is wrong, field by field. */
  problems?: CaseProblem[];
}

export type LinkOutcome = { ok: true; case: Case } | { ok: false; error: LinkError };

const fail = (code: LinkErrorCode, problems?: CaseProblem[]): LinkOutcome => ({ ok: false, error: problems ? { code, problems } : { code } });

/** Bytes → base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (no padding) → bytes; null for any other text. */
export function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(s) || s.length % 4 === 1) return null;
  let bin: string;
  try {
    bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4));
  } catch {
    return null;
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Pushes `input` through a (de)compression stream and collects the output, stopping once it passes `max`
 * bytes. Returns "too-large" or "bad" instead of throwing; every promise of the stream is handled.
 */
async function transform(input: Uint8Array, stream: GenericTransformStream, max: number): Promise<Uint8Array | 'too-large' | 'bad'> {
  const writer = (stream.writable as WritableStream<Uint8Array>).getWriter();
  writer.write(input).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = (stream.readable as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > max) {
        reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    return 'bad';
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

const canCompress = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** The fragment (without "#") that carries this case. Rejects only where the browser cannot compress. */
export async function encodeCase(c: Case): Promise<string> {
  if (!canCompress()) throw new Error('CompressionStream is not available');
  const json = new TextEncoder().encode(JSON.stringify(c));
  const packed = await transform(json, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  if (typeof packed === 'string') throw new Error('compression failed');
  return `${FRAGMENT_KEY}${LINK_VERSION}.${toBase64Url(packed)}`;
}

/** The full link: the app's address (no query, no fragment) and the fragment. */
export function shareUrl(base: string, fragment: string): string {
  return `${base.split('#')[0]!.split('?')[0]}#${fragment}`;
}

/**
 * A fragment (with or without "#", or a whole link) → the case it carries, checked against the contract
 * and migrated to the current format; or a typed error. Never throws, never rejects.
 */
export async function decodeFragment(input: string): Promise<LinkOutcome> {
  if (typeof input !== 'string') return fail('not-a-link');
  if (input.length > MAX_LINK_CHARS) return fail('too-long');
  const hashAt = input.indexOf('#');
  const fragment = shareFragment(hashAt >= 0 ? input.slice(hashAt) : input);
  if (fragment === null) return fail('not-a-link');
  const m = /^(\d{1,6})\.(.*)$/s.exec(fragment.slice(FRAGMENT_KEY.length));
  if (!m) return fail('bad-encoding');
  const version = Number(m[1]);
  if (version > LINK_VERSION) return fail('newer-version');
  if (version !== LINK_VERSION) return fail('unknown-version');
  const packed = fromBase64Url(m[2]!);
  if (!packed) return fail('bad-encoding');
  if (!canCompress()) return fail('unsupported');
  let inflated: Uint8Array | 'too-large' | 'bad';
  try {
    inflated = await transform(packed, new DecompressionStream('deflate-raw'), MAX_CASE_BYTES);
  } catch {
    inflated = 'bad';
  }
  if (inflated === 'too-large') return fail('too-large');
  if (inflated === 'bad') return fail('bad-compression');
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return fail('bad-json');
  }
  const parsed = parseCase(value);
  return parsed.ok ? { ok: true, case: parsed.case } : fail('invalid-case', parsed.problems);
}
