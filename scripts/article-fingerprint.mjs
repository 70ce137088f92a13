#!/usr/bin/env node
/**
 * Writes tests/fixtures/article-fingerprint.json: the SHA-256 (first 12 hex digits) of every run of 8 words of the
 * article the story checks, normalised as tests/unit/prose.test.ts does. The copy test then runs on any checkout
 * without the article's text being committed. Run again when the article file changes:
 *   node scripts/article-fingerprint.mjs [../shared/seed/article-fr.txt]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { articleWords } from '../tests/tools/words.mjs';

const src = process.argv[2] ?? '../shared/seed/article-fr.txt';
const w = articleWords(readFileSync(src, 'utf8'));
const runs = new Set();
for (let i = 0; i + 8 <= w.length; i++) runs.add(createHash('sha256').update(w.slice(i, i + 8).join(' ')).digest('hex').slice(0, 12));
writeFileSync('tests/fixtures/article-fingerprint.json', JSON.stringify({ source: 'article-fr (innovations.fr)', words: w.length, runs: [...runs].sort() }) + '\n');
console.log(`${runs.size} runs of 8 words from ${w.length} words`);
