import { describe, expect, it } from 'vitest';
import { companyLine } from './companyLines';
import { readFileSync } from 'node:fs';
import { loadSeeds } from '../../src/data/seeds';
import { series } from '../../src/charts/shared/series';

const text = readFileSync('content/fr/05-conclusion.mdx', 'utf8');
const seeds = loadSeeds();

const line = (key: string) => companyLine(seeds, key);
const ids = (tag: string) => [...text.matchAll(new RegExp(`<${tag} id="([^"]+)"`, 'g'))].map((m) => m[1]!);

describe('conclusion (05-conclusion.mdx)', () => {
  it('cites each company’s latest published year, as the chart draws it', () => {
    const figs = ids('Fig');
    for (const key of ['ms', 'ggl', 'amz', 'ms-removal', 'ggl-removal']) {
      const last = line(key).at(-1)!;
      expect(figs, key).toContain(last.id);
    }
  });

  it('states each company’s direction since its base year with <Dir> on a derived figure whose formula starts from the latest year', () => {
    const dirs = ids('Dir');
    for (const key of ['ms', 'ggl', 'amz']) {
      const rows = line(key);
      const change = [...seeds.figures.values()].find((f) => f.kind === 'derived' && f.formula === `${rows.at(-1)!.id} / ${rows[0]!.id} - 1`);
      expect(change, key).toBeDefined();
      expect(dirs).toContain(change!.id);
      expect(ids('Fig')).toContain(change!.id);
    }
  });

  it('types no direction about emissions outside <Dir> (« émettent plus », « s’alourdir »)', () => {
    const prose = text.replace(/<[^>]*>/g, ' ');
    expect(prose).not.toMatch(/émettent plus|continue de s’alourdir|volumes croissants/);
  });
});
