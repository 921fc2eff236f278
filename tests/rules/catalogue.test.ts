/** docs/rules.md is generated from the rules data; this fails when it is stale (run `npm run rules:catalogue`). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_PATH, renderCatalogue } from '../../scripts/rules-catalogue';
import { ALL_RULES } from '../../src/rules';
import { NO_OFFICIAL_TEXT } from '../../src/rules/official-gaps';

describe('docs/rules.md', () => {
  it('is what scripts/rules-catalogue.ts renders from the data (npm run rules:catalogue)', () => {
    expect(readFileSync(CATALOGUE_PATH, 'utf8') === renderCatalogue(), 'docs/rules.md is stale: run npm run rules:catalogue').toBe(true);
  });

  it('has a section per rule with what it decides and every dated value', () => {
    const doc = renderCatalogue();
    for (const r of ALL_RULES) {
      const start = doc.indexOf(`### \`${r.id}\``);
      expect(start, r.id).toBeGreaterThan(-1);
      const end = doc.indexOf('\n### ', start + 1);
      const part = doc.slice(start, end === -1 ? undefined : end);
      expect(part).toContain(r.decides!);
      for (const d of Object.keys(r.values)) expect(part, `${r.id} ${d}`).toContain(`**From ${d}:**`);
    }
  });

  it('shows the rules without an official text as 公的な根拠が未確認', () => {
    const doc = renderCatalogue();
    for (const id of Object.keys(NO_OFFICIAL_TEXT)) {
      const part = doc.slice(doc.indexOf(`### \`${id}\``));
      expect(part.slice(0, part.indexOf('**From'))).toContain('公的な根拠が未確認');
    }
  });
});
