import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleWords } from '../tools/words.mjs';

/** Words of a text, lower-cased, accents and punctuation removed (as the editorial check does). */
const words = articleWords as (s: string) => string[];

const chapters = readdirSync('content/fr')
  .filter((f) => /^\d\d-.*\.mdx$/.test(f))
  .map((f) => ({ file: join('content/fr', f), text: readFileSync(join('content/fr', f), 'utf8') }));
const chartTexts = readdirSync('content/fr/charts').map((f) => ({ file: join('content/fr/charts', f), text: readFileSync(join('content/fr/charts', f), 'utf8') }));

describe('French prose', () => {
  it('has five chapters', () => {
    expect(chapters.map((c) => c.file.replace(/^.*\//, '').slice(0, 2))).toEqual(['01', '02', '03', '04', '05']);
  });

  it('types no figure with a unit, percentage or money in chapter prose (they come from the data by id)', () => {
    const typed: string[] = [];
    for (const { file, text } of chapters) {
      const body = text.replace(/^---[\s\S]*?---/, '');
      body.split('\n').forEach((line, i) => {
        if (/^\s*(import |export |[<{#])/.test(line)) return;
        const prose = line.replace(/<[^>]*>|\{[^}]*\}/g, ' ');
        if (/\d[\d\s.,]*\s?(%|mt|t|twh|kwh|mwh|wh|millions?|milliards?|\$|usd|dollars)\b/i.test(prose)) typed.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(typed).toEqual([]);
  });

  it('types no figure in chart texts either: numbers there are placeholders', () => {
    const typed: string[] = [];
    for (const { file, text } of chartTexts) {
      text.split('\n').forEach((line, i) => {
        const prose = line.replace(/\{[^}]*\}/g, ' ');
        if (/\d[\d\s.,]*\s?(%|mt|twh|kwh|mwh|wh|millions?|milliards?|\$|usd|dollars)\b/i.test(prose)) typed.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(typed).toEqual([]);
  });

  /**
   * The article's runs of 8 words, fingerprinted (tests/fixtures/article-fingerprint.json, written by
   * scripts/article-fingerprint.mjs), so that the check runs on every checkout without committing the article.
   */
  const fingerprint = JSON.parse(readFileSync('tests/fixtures/article-fingerprint.json', 'utf8')) as { words: number; runs: string[] };
  const hash = (run: string) => createHash('sha256').update(run).digest('hex').slice(0, 12);

  it('copies no sentence of the article (no run of 8 words in common)', () => {
    expect(fingerprint.runs.length, 'the fingerprint holds the article').toBeGreaterThan(400);
    const runs = new Set(fingerprint.runs);
    const hits: string[] = [];
    for (const { file, text } of [...chapters, ...chartTexts]) {
      const w = words(text.replace(/<[^>]+>/g, ' '));
      for (let i = 0; i + 8 <= w.length; i++) {
        const run = w.slice(i, i + 8).join(' ');
        if (runs.has(hash(run))) hits.push(`${file}: "${run}"`);
      }
    }
    expect(hits).toEqual([]);
  });

  const article = '../shared/seed/article-fr.txt';
  it('the fingerprint matches the article, where the article is at hand', () => {
    if (!existsSync(article)) {
      console.warn(`${article} is not here: the copy check above ran on the committed fingerprint only.`);
      return;
    }
    const seed = words(readFileSync(article, 'utf8'));
    expect(fingerprint.words).toBe(seed.length);
    expect(hash(seed.slice(0, 8).join(' '))).toBe(fingerprint.runs.find((r) => r === hash(seed.slice(0, 8).join(' '))));
  });
});
