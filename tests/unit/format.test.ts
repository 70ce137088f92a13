import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber, formatValue } from '../../src/lib/format';
import { interpolate } from '../../src/lib/text';
import { loadSeeds } from '../../src/data/seeds';

const NNBSP = '\u202f';

describe('formatValue (fr)', () => {
  it('formats 15,357,000 tCO2e as 15,4 Mt with a narrow no-break space', () => {
    expect(formatValue(15357000, 'tCO2e', 'fr', { unit: 'Mt' })).toBe(`15,4${NNBSP}Mt`);
  });
  it('keeps the integer digits of 1287 MWh with a narrow no-break space as group separator', () => {
    expect(formatValue(1287, 'MWh', 'fr')).toBe(`1${NNBSP}287${NNBSP}MWh`);
  });
  it('signs percentages and puts a narrow no-break space before %', () => {
    expect(formatValue(29.1, '%', 'fr', { signed: true, digits: 2 })).toBe(`+29${NNBSP}%`);
    expect(formatValue(-8.2, '%', 'fr', { signed: true })).toBe(`\u22128,2${NNBSP}%`);
  });
  it('writes money as M$ and Md$', () => {
    expect(formatValue(35000000, 'USD', 'fr', { unit: 'M$' })).toBe(`35${NNBSP}M$`);
    expect(formatValue(1e9, 'USD', 'fr', { unit: 'Md$' })).toBe(`1${NNBSP}Md$`);
  });
  it('formats a range with an en dash', () => {
    expect(formatFigure({ low: 200, high: 250, unit: 'TWh', value: undefined }, 'fr')).toBe(`200\u2013250${NNBSP}TWh`);
  });
  it('rounds to three significant figures, or fewer when asked', () => {
    expect(formatNumber(11.49, 'fr')).toBe('11,5');
    expect(formatNumber(0.047, 'fr')).toBe('0,047');
    expect(formatNumber(2.907, 'fr', 2)).toBe('2,9');
  });
  it('refuses a display unit that does not apply', () => {
    expect(() => formatValue(1, 'USD', 'fr', { unit: 'Mt' })).toThrow(/does not apply/);
  });
});

describe('formatValue (en)', () => {
  it('uses a decimal point, a no-break space before the unit and $ before money', () => {
    expect(formatValue(15357000, 'tCO2e', 'en', { unit: 'Mt' })).toBe('15.4\u00a0Mt');
    expect(formatValue(35000000, 'USD', 'en', { unit: 'M$' })).toBe('$35M');
  });
});

describe('interpolate', () => {
  const seeds = loadSeeds();
  it('replaces {id|unit|flags} with the formatted figure', () => {
    expect(interpolate('{ms-t1a-fy2023|MtCO2e}', seeds, 'fr', 'test')).toBe(`16,9${NNBSP}Mt CO2e`);
  });
  it('names the origin and the id on an unknown figure', () => {
    expect(() => interpolate('{nope}', seeds, 'fr', 'content/fr/charts/x.yaml title')).toThrow(
      /content\/fr\/charts\/x.yaml title: Unknown figure id "nope"/,
    );
  });
});

describe('formatValue(v, "year")', () => {
  it('writes a year as a year, with no digit grouping, in both editions (2023, not 2 023 or 2,023)', () => {
    expect(formatValue(2023, 'year', 'fr')).toBe('2023');
    expect(formatValue(2023, 'year', 'en')).toBe('2023');
  });
});
