import { describe, it, expect } from 'vitest';
import { loadCorrections, parseCorrections, lastDataChange } from '../../src/data/corrections';
import { CHARTS } from '../../src/charts/registry';

const ids = CHARTS.map((c) => c.id);

describe('loadCorrections(file, chartIds) and lastDataChange(corrections, chart)', () => {
  it('loadCorrections(tests/fixtures/corrections.yaml) reads the sample entry; lastDataChange gives its date for the chart it names only', () => {
    const log = loadCorrections('tests/fixtures/corrections.yaml', ids);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ date: '2026-12-01', charts: ['microsoft-emissions'] });
    expect(lastDataChange(log, 'microsoft-emissions')).toBe('2026-12-01');
    expect(lastDataChange(log, 'google-emissions')).toBeNull();
  });
  it('the real logs validate, and both editions record the same changes for the same charts', () => {
    const fr = loadCorrections('content/fr/corrections.yaml', ids);
    const en = loadCorrections('content/en/corrections.yaml', ids);
    expect(en.map((c) => [c.date, c.charts ?? []])).toEqual(fr.map((c) => [c.date, c.charts ?? []]));
    // Every chart whose figures moved to a newer report has a dated entry, so its embeds can say so.
    for (const id of ['microsoft-emissions', 'amazon-footprint', 'google-emissions', 'datacentre-electricity', 'offsets-vs-emissions']) {
      expect(lastDataChange(fr, id), id).not.toBeNull();
    }
  });
  it('lastDataChange is the newest date among the entries naming the chart; the log comes out newest first', () => {
    const log = parseCorrections(
      [
        { date: '2026-12-03', charts: ['google-emissions'], text: 'a' },
        { date: '2026-12-10', text: 'prose only' },
        { date: '2026-12-05', charts: ['google-emissions', 'microsoft-emissions'], text: 'b' },
      ],
      'x.yaml',
      ids,
    );
    expect(log.map((c) => c.date)).toEqual(['2026-12-10', '2026-12-05', '2026-12-03']);
    expect(lastDataChange(log, 'google-emissions')).toBe('2026-12-05');
  });
  it('parseCorrections rejects an unknown chart id, naming the file, the entry, the id and the known ids', () => {
    expect(() => parseCorrections([{ date: '2026-12-01', charts: ['microsoft-emisions'], text: 'x' }], 'content/fr/corrections.yaml', ids)).toThrow(
      /content\/fr\/corrections\.yaml: entry 1 \(2026-12-01\), field "charts": unknown chart id "microsoft-emisions"\. Known ids: .*microsoft-emissions/,
    );
  });
  it('parseCorrections rejects a bad date, a missing text or an unknown field, naming the entry and field', () => {
    expect(() => parseCorrections([{ date: '2026-02-30', text: 'x' }], 'f.yaml', ids)).toThrow(/f\.yaml: entry 1, field "date": not a calendar date/);
    expect(() => parseCorrections([{ date: '1/12/2026', text: 'x' }], 'f.yaml', ids)).toThrow(/entry 1, field "date"/);
    expect(() => parseCorrections([{ date: '2026-12-01', text: 'x' }, { date: '2026-12-01' }], 'f.yaml', ids)).toThrow(/entry 2, field "text"/);
    expect(() => parseCorrections([{ date: '2026-12-01', text: 'x', chart: ['a'] }], 'f.yaml', ids)).toThrow(/entry 1/);
  });
});
