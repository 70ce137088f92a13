/**
 * The English edition's words (content/en/, English columns of seeds/): every chart builds in English (YAML fields,
 * label keys and placeholders), the chapters have the French chapters' steps, claims and figures, type no figure,
 * copy no run of the article, and no French is left in the English columns.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { loadSeeds, figure } from '../../src/data/seeds';
import { buildChart, CHARTS } from '../../src/charts/registry';
import { loadChartText } from '../../src/charts/text';
import { claimText } from '../../src/lib/claimText';
import { formatFigure, isDisplayUnit } from '../../src/lib/format';
import { pickWord } from '../../src/lib/text';
import { parseYaml } from '../../src/lib/yaml';
import { articleWords } from '../tools/words.mjs';

const words: (s: string) => string[] = articleWords;
const seeds = loadSeeds();

const chapterFiles = (locale: string) =>
  readdirSync(join('content', locale))
    .filter((f) => /^\d\d-.*\.mdx$/.test(f))
    .sort()
    .map((f) => ({ file: join('content', locale, f), text: readFileSync(join('content', locale, f), 'utf8') }));
const fr = chapterFiles('fr');
const en = chapterFiles('en');
const body = (text: string) => text.replace(/^---[\s\S]*?---/, '');
const frontmatter = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!, 'frontmatter') as Record<string, unknown>;
const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m[1]!);
const steps = (text: string) => all(/<Step chart="([^"]+" n=\{\d+\})/g, text);
const scrollies = (text: string) => all(/<Scrolly chart="([^"]+)"/g, text);
const claims = (text: string) => all(/<Claim id="(C\d+)"/g, text);
const figIds = (text: string) => [...new Set(all(/<(?:Fig|Dir) id="([^"]+)"/g, text).concat(all(/than="([^"]+)"/g, text)))].sort();
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Common French words that an English sentence never contains (proper names such as « Tapajós de Fato » aside). */
const FRENCH = /(?:^|[\s(«“])(?:les|des|une|est|sont|avec|dans|pour|aux|du|selon|mais|ou|sur|leur|cette|été|être|à|où|très|plus de|émissions|données|année|exercice|rapport|tableau|fiche)(?=[\s,.;:!?)»”]|$)/i;

describe('English chart words (content/en/charts)', () => {
  for (const def of CHARTS) {
    it(`buildChart(${def.id}, 'en') builds every step with the French label keys`, () => {
      const built = buildChart(def.id, 'en', seeds);
      expect(built.steps.length).toBe(def.steps);
      const enKeys = Object.keys(loadChartText(def.id, 'en').labels).sort();
      const frKeys = Object.keys(loadChartText(def.id, 'fr').labels).sort();
      expect(enKeys).toEqual(frKeys);
      expect(loadChartText(def.id, 'en').notes.length).toBe(loadChartText(def.id, 'fr').notes.length);
      for (const s of built.steps) expect(s.caption.length, `caption ${s.n}`).toBeLessThanOrEqual(220);
    });

    it(`${def.id}: no French word in the English texts or in the labels its scenes draw`, () => {
      const built = buildChart(def.id, 'en', seeds);
      const texts = [built.title, built.subtitle, built.takeaway, ...built.notes, ...built.steps.flatMap((s) => [s.caption, s.description])];
      for (const s of built.steps) for (const scene of Object.values(s.scenes)) for (const m of scene.marks) if (m.text) texts.push(m.text);
      expect(texts.filter((t) => FRENCH.test(t) || /[«»]| ;/.test(t))).toEqual([]);
    });
  }
});

describe('English chapters (content/en/*.mdx)', () => {
  it('has five chapters, each with a title, a kicker and discussion questions', () => {
    expect(en.length).toBe(5);
    for (const { file, text } of en) {
      const fm = frontmatter(text);
      expect(typeof fm.title, file).toBe('string');
      expect(typeof fm.kicker, file).toBe('string');
      expect(Array.isArray(fm.questions) && fm.questions.length >= 2, file).toBe(true);
    }
  });

  it('has, chapter by chapter, the same scrollies, <Step chart n> pairs, <Claim> ids and figure ids as the French', () => {
    fr.forEach((f, i) => {
      const e = en[i]!;
      expect(scrollies(e.text), e.file).toEqual(scrollies(f.text));
      expect(steps(e.text), e.file).toEqual(steps(f.text));
      expect(claims(e.text), e.file).toEqual(claims(f.text));
      expect(figIds(e.text), e.file).toEqual(figIds(f.text));
    });
  });

  it('every <Fig> formats in English and every <Dir> picks a word (known ids, units that apply, no tie)', () => {
    for (const { file, text } of en) {
      for (const m of text.matchAll(/<Fig ([^>]*)\/>/g)) {
        const id = attr(m[1]!, 'id')!;
        const unit = attr(m[1]!, 'unit');
        if (unit !== undefined) expect(isDisplayUnit(unit), `${file} ${id} ${unit}`).toBe(true);
        expect(() => formatFigure(figure(seeds, id), 'en', { unit: unit as never }), `${file} ${id}`).not.toThrow();
      }
      for (const m of text.matchAll(/<Dir ([^>]*)\/>/g)) {
        const [id, than, up, down] = ['id', 'than', 'up', 'down'].map((k) => attr(m[1]!, k));
        expect(up && down, `${file} ${m[0]}`).toBeTruthy();
        expect(() => pickWord(seeds, id!, than, up!, down!, file)).not.toThrow();
      }
    }
  });

  it('links only glossary terms that exist in content/en/glossary.yaml', () => {
    const ids = new Set((parseYaml(readFileSync('content/en/glossary.yaml', 'utf8'), 'glossary') as { id: string }[]).map((g) => g.id));
    for (const { file, text } of en) for (const id of all(/<Term id="([^"]+)"/g, text)) expect(ids.has(id), `${file} ${id}`).toBe(true);
  });

  it('types no figure with a unit, percentage or money (they come from the data by id)', () => {
    const typed: string[] = [];
    for (const { file, text } of en) {
      body(text).split('\n').forEach((line, i) => {
        if (/^\s*(import |export |[<{#])/.test(line)) return;
        const prose = line.replace(/<[^>]*>|\{[^}]*\}/g, ' ');
        if (/\d[\d\s.,]*\s?(%|mt|t|twh|kwh|mwh|wh|millions?|milliards?|billions?|bn|\$|usd|dollars)\b/i.test(prose)) typed.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(typed).toEqual([]);
  });

  it('types no figure in the English chart texts either', () => {
    const typed: string[] = [];
    for (const f of readdirSync('content/en/charts')) {
      readFileSync(join('content/en/charts', f), 'utf8').split('\n').forEach((line, i) => {
        const prose = line.replace(/\{[^}]*\}/g, ' ');
        if (/\d[\d\s.,]*\s?(%|mt|twh|kwh|mwh|wh|millions?|billions?|bn|\$|usd|dollars)\b/i.test(prose)) typed.push(`${f}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(typed).toEqual([]);
  });

  it('copies no run of 8 words of the article checked (chapters and chart texts)', () => {
    const fingerprint = JSON.parse(readFileSync('tests/fixtures/article-fingerprint.json', 'utf8')) as { runs: string[] };
    const runs = new Set(fingerprint.runs);
    const hash = (run: string) => createHash('sha256').update(run).digest('hex').slice(0, 12);
    const texts = [...en, ...readdirSync('content/en/charts').map((f) => ({ file: f, text: readFileSync(join('content/en/charts', f), 'utf8') }))];
    const hits: string[] = [];
    for (const { file, text } of texts) {
      const w = words(text.replace(/<[^>]+>/g, ' '));
      for (let i = 0; i + 8 <= w.length; i++) if (runs.has(hash(w.slice(i, i + 8).join(' ')))) hits.push(`${file}: "${w.slice(i, i + 8).join(' ')}"`);
    }
    expect(hits).toEqual([]);
  });
});

describe('English glossary, corrections and seeds columns', () => {
  type Entry = { id: string; term: string; definition: string };
  const glossary = (locale: string) => parseYaml(readFileSync(`content/${locale}/glossary.yaml`, 'utf8'), 'glossary') as Entry[];

  it('the glossary has the French term ids, in the same order, each with an English term and definition', () => {
    expect(glossary('en').map((g) => g.id)).toEqual(glossary('fr').map((g) => g.id));
    for (const g of glossary('en')) {
      expect(Object.keys(g).sort()).toEqual(['definition', 'id', 'term']);
      expect(FRENCH.test(`${g.term} ${g.definition}`), g.id).toBe(false);
    }
  });

  it('the corrections log has the French one’s schema (an empty list while the French one is empty)', () => {
    const frLog = parseYaml(readFileSync('content/fr/corrections.yaml', 'utf8'), 'fr') as unknown[];
    const enLog = parseYaml(readFileSync('content/en/corrections.yaml', 'utf8'), 'en') as unknown[];
    expect(Array.isArray(enLog)).toBe(true);
    expect(enLog.length).toBe(frLog.length);
  });

  it('seeds/sources.csv ends with a note_en column: an English note for every French note, other columns untouched', () => {
    const rows = csvParse(readFileSync('seeds/sources.csv', 'utf8'));
    expect(rows.columns.at(-1)).toBe('note_en');
    expect(rows.columns.slice(0, -1)).toEqual(['id', 'publisher', 'title', 'date', 'url', 'accessed', 'licence', 'note', 'copy_url']);
    for (const r of rows) {
      expect(Boolean(r.note_en), r.id).toBe(Boolean(r.note));
      expect(FRENCH.test(r.note_en!) || /[«»]/.test(r.note_en!), `${r.id}: ${r.note_en}`).toBe(false);
    }
  });

  it('the English columns of the figures the charts show hold no French', () => {
    const bad: string[] = [];
    for (const def of CHARTS) {
      for (const r of buildChart(def.id, 'en', seeds).rows) {
        for (const col of ['entity', 'metric', 'scope', 'note'] as const) if (FRENCH.test(r[col]) || /[«»]/.test(r[col])) bad.push(`${r.id}.${col}: ${r[col]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('every claim reads in English with no French and no placeholder left', () => {
    for (const c of seeds.claims) {
      const { said, fix } = claimText(c, seeds, 'en');
      expect(`${said} ${fix}`, c.id).not.toMatch(/[{}«»]/);
      expect(FRENCH.test(`${said} ${fix}`), `${c.id}: ${said} ${fix}`).toBe(false);
    }
  });
});
