import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../src/data/schemas';
import { loadSeeds } from '../../src/data/seeds';
import { dict } from '../../src/i18n';

const seeds = loadSeeds();
const claim = (id: string) => seeds.claims.find((c) => c.id === id)!;

describe('claims (seeds/claims.csv)', () => {
  it('every verdict has a label in the French and English dictionaries', () => {
    for (const v of VERDICTS) {
      expect(dict('fr').verdict[v], `fr ${v}`).toBeTruthy();
      expect(dict('en').verdict[v], `en ${v}`).toBeTruthy();
    }
    expect(dict('fr').verdict['partly-wrong']).toBe('En partie erroné');
  });

  it('C5 is partly wrong: the LEAF « billions » are wrong, the « low integrity » rating holds, and the correction says both', () => {
    const c = claim('C5');
    expect(c.verdict).toBe('partly-wrong');
    expect(c.correction_fr).toMatch(/milliards.{0,5}» sont faux/);
    expect(c.correction_fr).toContain('faible intégrité');
    // The Pará purchase is conditional, never an outright sale.
    expect(c.correction_fr).toContain('pré-accord');
    expect(c.correction_en).toContain('pre-agreement');
    for (const id of ['leaf-mobilised-2021', 'leaf-para-corporate-credits', 'ncl-amazon-2022', 'ncl-amazon-2023']) expect(c.figures).toContain(id);
  });
});
