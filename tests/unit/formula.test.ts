import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { loadSeeds } from '../../src/data/seeds';
import { seedFixture } from './seedFixture';
import { formulaIds, parseFormula } from '../../src/data/formula';
import { interpolate } from '../../src/lib/text';

const HEADER = 'id,entity,metric,period,value,low,high,unit,per,scope,kind,confidence,vintage,source,note,formula';
const row = (id: string, value: string, unit: string, formula = '') =>
  [id, 'E', 'M', '2024', formula ? '' : value, '', '', unit, '', unit.startsWith('t') ? 'Scope 1' : '', formula ? 'derived' : 'measured',
    formula ? 'derived' : 'primary', '', 'src-a', '', formula].join(',');
const { parse, problems } = seedFixture(HEADER);

describe('derived figures: value = formula(inputs), computed at build time', () => {
  it('a growth rate in % is (a / b − 1) × 100', () => {
    const s = parse(row('a', '21121000', 'tCO2e'), row('b', '13061000', 'tCO2e'), row('g', '', '%', 'a / b - 1'));
    expect(s.figures.get('g')!.value).toBeCloseTo((21121000 / 13061000 - 1) * 100, 10);
  });
  it('a ratio reads its inputs in their units (kWh per 1,000 against Wh)', () => {
    const s = parse(row('img', '11.49', 'Wh'), row('charge', '0.022', 'kWh'), row('r', '', 'x', 'img / charge'));
    expect(s.figures.get('r')!.value).toBeCloseTo(11.49 / 22, 10);
  });
  it('a derived figure may use another derived figure, in any file order', () => {
    const s = parse(row('share', '', '%', 'per-year / total'), row('credits', '8000000', 'tCO2'), row('per-year', '', 'tCO2', 'credits / 20'), row('total', '21121000', 'tCO2e'));
    expect(s.figures.get('per-year')!.value).toBe(400000);
    expect(s.figures.get('share')!.value).toBeCloseTo((400000 / 21121000) * 100, 10);
  });
  it('rejects a typed value in a derived row, a derived row without formula, and a formula in a measured row', () => {
    const typed = 'd,E,M,2024,5,,,x,,,derived,derived,,src-a,,a * 2';
    expect(problems(row('a', '1', 'x'), typed)).toEqual(
      expect.arrayContaining([expect.stringContaining('(id d), field "value": a derived figure is computed from its formula')]),
    );
    expect(problems(row('d', '', 'x', '').replace('measured,primary', 'derived,derived'))).toEqual(
      expect.arrayContaining([expect.stringContaining('a derived figure needs a formula')]),
    );
  });
  it('names the row on an unknown id, a cycle, a syntax error and mixed dimensions', () => {
    expect(problems(row('d', '', 'x', 'nope / 2'))).toEqual([expect.stringContaining('(id d), field "formula": formula "nope / 2": unknown figure id "nope"')]);
    expect(problems(row('p', '', 'x', 'q * 2'), row('q', '', 'x', 'p * 2')).join('\n')).toMatch(/circular formulas: (p → q → p|q → p → q)/);
    expect(problems(row('a', '1', 'x'), row('d', '', 'x', 'a * (2'))).toEqual([expect.stringContaining('a parenthesis is not closed')]);
    expect(problems(row('e', '1', 'TWh'), row('m', '1', 'tCO2e'), row('d', '', 'x', 'e + m'))).toEqual([expect.stringContaining('cannot add mass to energy')]);
    expect(problems(row('e', '1', 'TWh'), row('d', '', '%', 'e / 2'))).toEqual([expect.stringContaining('gives a energy, but the row\'s unit % is a plain number')]);
  });
});

/** Every derived row of the real seeds, with its formula text. */
function derivedRows(): { id: string; formula: string; file: string }[] {
  const out: { id: string; formula: string; file: string }[] = [];
  for (const f of readdirSync('seeds/data')) {
    const text = readFileSync(`seeds/data/${f}`, 'utf8');
    const seeds = loadSeeds();
    for (const fig of seeds.datasets.get(f.replace(/\.csv$/, '')) ?? []) if (fig.formula) out.push({ id: fig.id, formula: fig.formula, file: text });
  }
  return out;
}

describe('every formula of seeds/data against its inputs', () => {
  const seeds = loadSeeds();
  const rows = derivedRows();
  it('there are derived figures', () => {
    expect(rows.length).toBeGreaterThan(20);
  });
  for (const { id, formula } of rows) {
    it(`${id} = ${formula}`, () => {
      const f = seeds.figures.get(id)!;
      const ids = formulaIds(parseFormula(formula));
      for (const ref of ids) expect(seeds.figures.has(ref), `input ${ref}`).toBe(true);
      // The common shapes, worked out here from the inputs' own values (same unit on both sides).
      const m = formula.match(/^([a-z][a-z0-9-]*) \/ ([a-z][a-z0-9-]*)( - 1)?$/);
      if (m) {
        const a = seeds.figures.get(m[1]!)!;
        const b = seeds.figures.get(m[2]!)!;
        if (a.unit === b.unit || (a.unit.startsWith('tCO2') && b.unit.startsWith('tCO2'))) {
          const ratio = a.value! / b.value! - (m[3] ? 1 : 0);
          expect(f.value).toBeCloseTo(f.unit === '%' ? ratio * 100 : ratio, 6);
        }
      }
      expect(Number.isFinite(f.value)).toBe(true);
    });
  }
});

describe('direction words follow the data', () => {
  const s = parse(row('up', '3.5', '%'), row('down', '-2', '%'), row('big', '2', 'TWh'), row('small', '900', 'MWh'));
  it('{id?a:b} picks the word by the sign', () => {
    expect(interpolate('une {up?hausse:baisse}', s, 'fr', 't')).toBe('une hausse');
    expect(interpolate('une {down?hausse:baisse}', s, 'fr', 't')).toBe('une baisse');
  });
  it('{a>b?a:b} compares two figures in one unit (2 TWh against 900 MWh)', () => {
    expect(interpolate('{big>small?plus:moins}', s, 'fr', 't')).toBe('plus');
    expect(interpolate('{small>big?plus:moins}', s, 'fr', 't')).toBe('moins');
  });
  it('throws on figures that do not compare', () => {
    expect(() => interpolate('{up>big?plus:moins}', s, 'fr', 'x.yaml')).toThrow(/x.yaml: cannot compare up \(%\) with big \(TWh\)/);
  });
});
