/** Case files: what export writes, import reads back; a bad file is refused with field-named problems. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_FORMAT_V1 } from '../../src/case/schema';
import { MAX_FILE_BYTES, caseFileName, caseFileText, parseCaseText, readCaseFile, sameCase } from '../../src/share/case-file';
import { arbCase } from '../support/arbitraries';
import { loadSharedCases } from '../support/cases';

const CODES = ['too-large', 'empty', 'read', 'bad-json', 'invalid-case'];

describe('case files', () => {
  it('an exported file imports back to the same case', async () => {
    await fc.assert(
      fc.asyncProperty(arbCase, async (c) => {
        const text = caseFileText(c);
        expect(JSON.parse(text)).toEqual(c);
        expect(await readCaseFile(new Blob([text], { type: 'application/json' }))).toEqual({ ok: true, case: c });
      }),
      { numRuns: 100 },
    );
    expect(caseFileName('2026-11-22')).toBe('shuro-check-2026-11-22.json');
  });

  it('reads the first version of the format: every shared example case, bare or as a fixture', () => {
    for (const f of loadSharedCases()) {
      expect(parseCaseText(JSON.stringify(f.case)).ok, f.file).toBe(true);
      expect(parseCaseText(JSON.stringify({ title: f.title, case: f.case, expect: f.expect })).ok, f.file).toBe(true);
    }
  });

  it('names each wrong field', () => {
    const out = parseCaseText(JSON.stringify({ format: CASE_FORMAT_V1, age: 200, work: { status: 'retired', startedOn: '2026-02-30' }, shoeSize: 42 }));
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.code).toBe('invalid-case');
    expect(Object.fromEntries(out.problems!.map((p) => [p.field, p.key]))).toEqual({
      age: 'too-big',
      'work.status': 'one-of',
      'work.startedOn': 'date',
      shoeSize: 'unknown-field',
    });
  });

  it('refuses a newer or foreign format, broken JSON, an empty file', () => {
    const newer = parseCaseText('{"format":"shuro-check/case@2","age":30}');
    expect(newer).toMatchObject({ ok: false, code: 'invalid-case', problems: [{ field: 'format', key: 'format-version' }] });
    expect(parseCaseText('{"format": "shuro-check/case@1", "age": 3')).toEqual({ ok: false, code: 'bad-json' });
    expect(parseCaseText('  \n')).toEqual({ ok: false, code: 'empty' });
    // A byte-order mark (some editors add one) is not an error.
    expect(parseCaseText(`\ufeff{"format":"${CASE_FORMAT_V1}","age":30}`).ok).toBe(true);
  });

  it('refuses an oversized file before reading it', async () => {
    let read = false;
    const big = {
      size: MAX_FILE_BYTES + 1,
      text: () => {
        read = true;
        return Promise.resolve('{}');
      },
    } as unknown as Blob;
    expect(await readCaseFile(big)).toEqual({ ok: false, code: 'too-large' });
    expect(read).toBe(false);
  });

  it('fuzz: random text and cut files give a typed refusal or a valid case, never a throw', async () => {
    const text = caseFileText({ format: CASE_FORMAT_V1, age: 30, disability: { handbooks: ['intellectual'] }, residence: 'facility' });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 500 }),
          fc.json(),
          fc.nat(text.length).map((n) => text.slice(0, n)),
          fc.jsonValue().map((v) => JSON.stringify({ format: CASE_FORMAT_V1, age: v })),
        ),
        async (s) => {
          const out = await readCaseFile(new Blob([s]));
          if (out.ok) expect(out.case.format).toBe(CASE_FORMAT_V1);
          else expect(CODES).toContain(out.code);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('compares cases whatever the key order', () => {
    expect(
      sameCase(
        { format: CASE_FORMAT_V1, age: 3, work: { status: 'working', experience: true } },
        { work: { experience: true, status: 'working' }, age: 3, format: CASE_FORMAT_V1 },
      ),
    ).toBe(true);
    expect(sameCase({ format: CASE_FORMAT_V1, age: 3 }, { format: CASE_FORMAT_V1, age: 4 })).toBe(false);
  });
});
