import { describe, it, expect } from 'vitest';
import { dsvFormat } from 'd3-dsv';
import { figuresToCsv, plainNumber, defuseCell } from '../../src/lib/csv';
import type { Figure, Source } from '../../src/data/schemas';

const fig = (o: Partial<Figure>): Figure => ({
  id: 'x', entity: 'Microsoft', metric: 'Total', period: 'FY2020', value: undefined, low: undefined, high: undefined,
  unit: 'tCO2e', per: '', scope: 'Scope 1 + 2 + 3', kind: 'measured', confidence: 'primary', vintage: '', source: 's1',
  note: '', dataset: 'd', ...o,
}) as Figure;
const rows = [
  fig({ id: 'a', value: 12370000, note: 'has "quotes", commas; and semicolons' }),
  fig({ id: 'b', value: 0.0029, unit: 'kWh', scope: '' }),
  fig({ id: 'c', low: 200.5, high: 250, unit: 'TWh', scope: 'data centres' }),
];
const sources = new Map<string, Source>([['s1', { id: 's1', publisher: 'Microsoft', title: 'Report, 2025', date: '2025', url: 'https://example.org/a', accessed: '2025-01', licence: 'unknown', note: '', copy_url: '' }]]);

describe('figuresToCsv(rows, sources, dialect)', () => {
  it('figuresToCsv(rows) starts with a BOM and a header naming unit, period, scope and source', () => {
    const csv = figuresToCsv(rows, sources);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const header = csv.slice(1).split('\r\n')[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['id', 'value', 'unit', 'period', 'scope', 'source', 'source_publisher', 'source_url']));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toHaveLength(rows.length + 2);
  });
  it('figuresToCsv(rows, sources, "standard") parses back to the same values with dot decimals', () => {
    const parsed = dsvFormat(',').parse(figuresToCsv(rows, sources).slice(1));
    expect(parsed.length).toBe(3);
    expect(parsed.map((r) => r['value'])).toEqual(['12370000', '0.0029', '']);
    expect(Number(parsed[2]!['low'])).toBe(200.5);
    expect(parsed[0]!['note']).toBe('has "quotes", commas; and semicolons');
    expect(parsed[0]!['source_publisher']).toBe('Microsoft');
    expect(parsed[1]!['unit']).toBe('kWh');
  });
  it('figuresToCsv(rows, sources, "excel-fr") uses semicolons and decimal commas, no spaces in numbers', () => {
    const csv = figuresToCsv(rows, sources, 'excel-fr');
    const parsed = dsvFormat(';').parse(csv.slice(1));
    expect(parsed.map((r) => r['value'])).toEqual(['12370000', '0,0029', '']);
    expect(parsed[2]!['low']).toBe('200,5');
    expect(Number(parsed[2]!['low']!.replace(',', '.'))).toBe(200.5);
    expect(parsed[0]!['source_title']).toBe('Report, 2025');
    expect(csv).not.toMatch(/\d[\s\u00a0\u202f]\d{3}/);
  });
  it('plainNumber never groups digits nor uses exponents', () => {
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(-15.4)).toBe('-15.4');
    expect(() => plainNumber(NaN)).toThrow(RangeError);
  });
  it('figuresToCsv quotes a cell only when it holds the separator, a quote or a line break', () => {
    const one = [fig({ id: 'q', value: 1, note: 'a,b', metric: 'say "hi"', entity: 'two\nlines', scope: 'plain' })];
    const std = figuresToCsv(one, sources).slice(1);
    expect(std).toContain(',"a,b",');
    expect(std).toContain(',"say ""hi""",');
    expect(std).toContain(',plain,');
    expect(std).toContain('"two\nlines"');
    const fr = figuresToCsv(one, sources, 'excel-fr').slice(1);
    expect(fr).toContain(';a,b;');
    expect(fr).toContain(';"say ""hi""";');
  });
});

describe('CSV injection (OWASP): defuseCell and figuresToCsv', () => {
  it('defuseCell prefixes a quote to text starting with = + - @ tab or CR, never to numbers', () => {
    expect(defuseCell('= ms-t1a-fy2023 / ms-t1a-fy2020')).toBe("'= ms-t1a-fy2023 / ms-t1a-fy2020");
    expect(defuseCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(defuseCell('+cmd')).toBe("'+cmd");
    expect(defuseCell('-2+3')).toBe("'-2+3");
    expect(defuseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(defuseCell('\tx')).toBe("'\tx");
    expect(defuseCell('\rx')).toBe("'\rx");
    expect(defuseCell('-1.5')).toBe('-1.5');
    expect(defuseCell('+3')).toBe('+3');
    expect(defuseCell('-0,5')).toBe('-0,5');
    expect(defuseCell('a = b')).toBe('a = b');
    expect(defuseCell('')).toBe('');
  });
  it('figuresToCsv neutralises formula-like notes in both dialects and keeps negative values as numbers', () => {
    const bad = [fig({ id: 'f', value: -15.4, note: '= ms-t1a-fy2023 / ms-t1a-fy2020 - 1', entity: '@evil', metric_fr: '+ total' } as Partial<Figure>)];
    for (const [dialect, sep, val] of [['standard', ',', '-15.4'], ['excel-fr', ';', '-15,4']] as const) {
      const p = dsvFormat(sep).parse(figuresToCsv(bad, sources, dialect).slice(1))[0]!;
      expect(p['note']).toBe("'= ms-t1a-fy2023 / ms-t1a-fy2020 - 1");
      expect(p['entity']).toBe("'@evil");
      expect(p['metric_fr']).toBe("'+ total");
      expect(p['value']).toBe(val);
      for (const cell of Object.values(p)) expect(cell ?? '', `${dialect}: ${cell}`).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
    }
  });
  it('the columns include metric_fr after metric and note_fr after note, filled from the rows', () => {
    const header = figuresToCsv([], sources).slice(1).split('\r\n')[0]!.split(',');
    expect(header.indexOf('metric_fr')).toBe(header.indexOf('metric') + 1);
    expect(header.indexOf('note_fr')).toBe(header.indexOf('note') + 1);
    const p = dsvFormat(',').parse(figuresToCsv([fig({ metric_fr: 'Émissions totales', note_fr: 'Note en français' } as Partial<Figure>)], sources).slice(1))[0]!;
    expect(p['metric_fr']).toBe('Émissions totales');
    expect(p['note_fr']).toBe('Note en français');
    expect(p['metric']).toBe('Total');
  });
});
