import { describe, expect, it } from 'vitest';
import { loadSeeds, parseSeeds } from '../../src/data/seeds';
import { seedFixture } from './seedFixture';

const HEADER = 'id,entity,metric,period,value,low,high,unit,per,scope,kind,confidence,vintage,source,note';
const row = (over: Record<string, string>) => {
  const base: Record<string, string> = {
    id: 'fig-a', entity: 'Microsoft', metric: 'Total', period: 'FY2023', value: '15357000', low: '', high: '',
    unit: 'tCO2e', per: '', scope: 'Scope 1 + 2 + 3', kind: 'measured', confidence: 'primary', vintage: '', source: 'src-a', note: '',
  };
  const r = { ...base, ...over };
  return HEADER.split(',').map((k) => r[k]).join(',');
};
const { parse, problems } = seedFixture(HEADER, ['C1,1,a,b,wrong,c,d,fig-a']);

describe('parseSeeds', () => {
  it('accepts a complete row and parses its value as a number', () => {
    expect(parse(row({})).figures.get('fig-a')?.value).toBe(15357000);
  });
  it('rejects a row without a source, naming file, row and field', () => {
    expect(problems(row({ source: '' }))).toContain('seeds/data/test.csv, row 1 (id fig-a), field "source": source is required');
  });
  it('rejects an unknown source id', () => {
    expect(problems(row({ source: 'nope' }))).toContain('seeds/data/test.csv, row 1 (id fig-a), field "source": unknown source id "nope"');
  });
  it('rejects an emissions figure without scope', () => {
    expect(problems(row({ scope: '' }))).toContain('seeds/data/test.csv, row 1 (id fig-a), field "scope": an emissions figure must state its scope');
  });
  it('rejects a missing value, unit or period', () => {
    expect(problems(row({ value: '' }))[0]).toMatch(/row 1 \(id fig-a\), field "value": value is required/);
    expect(problems(row({ unit: '' }))[0]).toMatch(/field "unit": unit "" is not one of/);
    expect(problems(row({ period: '' }))[0]).toMatch(/field "period": period is required/);
  });
  it('rejects a number with a thousands separator', () => {
    expect(problems(row({ value: '"15,357,000"' }))[0]).toMatch(/field "value": "15,357,000" is not a plain number/);
  });
  it('accepts a range without value, and rejects low above high', () => {
    expect(parse(row({ value: '', low: '200', high: '250', unit: 'TWh', scope: 'data centres' })).figures.get('fig-a')?.low).toBe(200);
    expect(problems(row({ value: '', low: '300', high: '250', unit: 'TWh' }))[0]).toMatch(/low \(300\) is above high \(250\)/);
  });
  it('rejects duplicate ids and claims naming unknown figures', () => {
    expect(problems(row({}), row({})).join('\n')).toMatch(/row 2 \(id fig-a\), field "id": duplicate id/);
    expect(problems(row({ id: 'fig-b' })).join('\n')).toMatch(/seeds\/claims.csv, row 1 \(id C1\), field "figures": unknown figure id "fig-a"/);
  });
});

describe('loadSeeds (the real seeds)', () => {
  const seeds = loadSeeds();
  it('loads every dataset with sourced rows', () => {
    expect(seeds.figures.size).toBeGreaterThan(100);
    for (const f of seeds.figures.values()) expect(seeds.sources.has(f.source)).toBe(true);
  });
  it('keeps Microsoft FY2023 on one basis: Table 1A of the 2025 sheet is 16,935,000 tCO2e', () => {
    expect(seeds.figures.get('ms-t1a-fy2023')?.value).toBe(16935000);
    expect(seeds.figures.get('ms-t1a-fy2023')?.vintage).toMatch(/2025 fact sheet, Table 1A/);
  });
  it('derived rows match their arithmetic', () => {
    const v = (id: string) => seeds.figures.get(id)!.value!;
    expect(v('ms-t1a-fy2023-vs-fy2020')).toBeCloseTo((v('ms-t1a-fy2023') / v('ms-t1a-fy2020') - 1) * 100, 1);
    expect(v('ms-t1a-fy2024-vs-fy2020')).toBeCloseTo((v('ms-t1a-fy2024') / v('ms-t1a-fy2020') - 1) * 100, 1);
    expect(v('ms-t1a-fy2024-vs-fy2023')).toBeCloseTo((v('ms-t1a-fy2024') / v('ms-t1a-fy2023') - 1) * 100, 1);
    expect(v('btg-tig-per-year')).toBe(v('btg-tig-credits') / 20);
    expect(v('img-sdxl-charges-22wh')).toBeCloseTo(v('img-sdxl-wh') / v('phone-charge-2024'), 2);
  });
  it('every claim has a verdict and known figures', () => {
    expect(seeds.claims.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']);
  });
});
