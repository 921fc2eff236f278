/**
 * The share link's codec: any valid case goes there and back exactly; anything else (random text, random bytes,
 * a cut or altered link, a deflate bomb, an oversized link) comes back as a typed refusal, never a throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_FORMAT_V1 } from '../../src/case/schema';
import { LINK_ERROR_CODES, MAX_LINK_CHARS, decodeFragment, encodeCase, shareUrl, toBase64Url, type LinkOutcome } from '../../src/share/codec';
import { arbCase } from '../support/arbitraries';

/** A link made by the first release of the share feature: later versions must keep opening it. */
const FIRST_RELEASE_LINK =
  'https://example.invalid/shuro-check/#case=1.VY5Ba0IxEIT_y5wjVU8lp7ZQeip4sCfxsL6sJpiXDdl9VJH330tEhB5nmPn4bjhKG8ngoXFqshgiD-eXgZTfVnCgE8OvXx1CUjqknOwKf0OkEg4iZ4XfYeRilLGfHSoXTVK-GgVewR8pKzv8Sjv3lxrZpPAoYotepnKCA18qt8RlYHhrEztEamErH_w51ixXDg_S7BCTmrS7gzUqmixJ-ZZiUX-0D5cOw9QaF4Pf7R1IlVX_IWRSjpJDh9TpkNPwrprU6G7wcNbaZ8_YWFPgYlu6wIMvPFbD_Oz7EVFGhkPNVDo60FU33O5y8OvlPP8B';

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const cs = new CompressionStream('deflate-raw');
  const w = cs.writable.getWriter();
  void w.write(bytes);
  void w.close();
  return new Uint8Array(await new Response(cs.readable).arrayBuffer());
}
const packJson = async (text: string) => `case=1.${toBase64Url(await deflate(new TextEncoder().encode(text)))}`;

/** A refusal with a known code (or a valid case), and nothing else. */
function expectTyped(out: LinkOutcome): void {
  if (out.ok) expect(out.case.format).toBe(CASE_FORMAT_V1);
  else expect(LINK_ERROR_CODES).toContain(out.error.code);
}

describe('share link codec', () => {
  it('round-trips every valid case exactly', async () => {
    await fc.assert(
      fc.asyncProperty(arbCase, async (c) => {
        const fragment = await encodeCase(c);
        expect(fragment).toMatch(/^case=1\.[A-Za-z0-9_-]+$/);
        const out = await decodeFragment(shareUrl('http://127.0.0.1:4173/?lang=en#old', fragment));
        expect(out).toEqual({ ok: true, case: c });
      }),
      { numRuns: 150 },
    );
  });

  it('opens a link made by the first release', async () => {
    const out = await decodeFragment(FIRST_RELEASE_LINK);
    expect(out).toEqual({
      ok: true,
      case: expect.objectContaining({
        format: CASE_FORMAT_V1,
        age: 28,
        residence: 'home',
        household: { publicAssistance: false, spouse: false, residentTax: 'exempt' },
      }),
    });
  });

  it('builds the link from the app address without query or old fragment', () => {
    expect(shareUrl('http://127.0.0.1:4173/app/?lang=en#case=1.x', 'case=1.AB')).toBe('http://127.0.0.1:4173/app/#case=1.AB');
  });

  it('refuses each kind of damage with its own code', async () => {
    const good = await encodeCase({ format: CASE_FORMAT_V1, age: 30 });
    const cases: [string, string][] = [
      ['#main', 'not-a-link'],
      ['', 'not-a-link'],
      ['case=1', 'bad-encoding'],
      ['case=1.ab$c', 'bad-encoding'],
      ['case=2.AAAA', 'newer-version'],
      ['case=0.AAAA', 'unknown-version'],
      ['case=1.AAAA', 'bad-compression'],
      [good.slice(0, good.length - 6), 'bad-compression'],
      [await packJson('{"format":'), 'bad-json'],
      [await packJson('{"format":"shuro-check/case@1","age":-3}'), 'invalid-case'],
      [await packJson('{"format":"shuro-check/case@9"}'), 'invalid-case'],
    ];
    for (const [input, code] of cases) {
      const out = await decodeFragment(input);
      expect(out.ok ? 'ok' : out.error.code, input.slice(0, 40)).toBe(code);
    }
  });

  it('names the fields of a case that breaks the contract', async () => {
    const out = await decodeFragment(await packJson('{"format":"shuro-check/case@1","age":-3,"residence":"castle"}'));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.problems?.map((p) => p.field).sort()).toEqual(['age', 'residence']);
  });

  it('refuses an oversized link at once, before decoding', async () => {
    const huge = `case=1.${'A'.repeat(MAX_LINK_CHARS)}`;
    const t0 = performance.now();
    expect(await decodeFragment(huge)).toEqual({ ok: false, error: { code: 'too-long' } });
    expect(performance.now() - t0).toBeLessThan(50);
  });

  it('stops a deflate bomb at the size cap instead of inflating it', async () => {
    const bomb = `case=1.${toBase64Url(await deflate(new TextEncoder().encode(' '.repeat(10_000_000))))}`;
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(await decodeFragment(bomb)).toEqual({ ok: false, error: { code: 'too-large' } });
  });

  it('fuzz: random text, random bytes and cut or altered links are refused with a typed error, never thrown', async () => {
    const valid = await encodeCase({ format: CASE_FORMAT_V1, age: 41, residence: 'group-home', household: { residentTax: 'taxed-under-160k' } });
    const body = valid.slice('case=1.'.length);
    const b64 = fc.stringMatching(/^[A-Za-z0-9_-]{0,400}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }).map((s) => `case=1.${s}`),
          b64.map((s) => `case=1.${s}`),
          fc.uint8Array({ maxLength: 400 }).map((b) => `case=1.${toBase64Url(b)}`),
          fc.nat(valid.length).map((n) => valid.slice(0, n)),
          fc.tuple(fc.nat(body.length - 1), fc.constantFrom(...'ABCxyz019-_')).map(([i, ch]) => `case=1.${body.slice(0, i)}${ch}${body.slice(i + 1)}`),
        ),
        async (input) => {
          const out = await decodeFragment(input);
          expectTyped(out);
        },
      ),
      { numRuns: 400 },
    );
  });
});
