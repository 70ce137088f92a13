/**
 * Sources as an edition names them: `seeds/sources.csv` writes publishers for the French edition (« AIE (Agence
 * internationale de l’énergie) »); the English edition takes their names from `content/en/publishers.yaml` (a map
 * from the French name to the English one). Node only (reads the content file once).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Source } from '../data/schemas';
import type { Locale } from './locales';
import { parseYaml } from '../lib/yaml';

const FILE = join('content', 'en', 'publishers.yaml');
let names: Map<string, string> | undefined;

/**
 * The English publisher names, checked against the bibliography.
 * @param known every publisher of `seeds/sources.csv`
 * @throws Error naming the file when it is malformed or a key names no source's publisher
 */
export function englishPublishers(known: Iterable<string>): Map<string, string> {
  if (names) return names;
  const raw = parseYaml(readFileSync(join(process.cwd(), FILE), 'utf8'), FILE) ?? {};
  const res = z.record(z.string().min(1), z.string().min(1)).safeParse(raw);
  if (!res.success) throw new Error(`${FILE}: ${res.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const set = new Set(known);
  const unknown = Object.keys(res.data).filter((k) => !set.has(k));
  if (unknown.length) throw new Error(`${FILE}: no source in seeds/sources.csv has the publisher ${unknown.map((k) => `"${k}"`).join(', ')}`);
  names = new Map(Object.entries(res.data));
  return names;
}

/**
 * A source as the edition names it: the same object in French; in English, with its publisher's English name and
 * its English note (`note_en`).
 * @throws Error when the source has a note but no `note_en`
 * @param all the whole bibliography (to check the names file against)
 */
export function sourceIn(s: Source, locale: Locale, all: Iterable<Source>): Source {
  if (locale === 'fr') return s;
  const map = englishPublishers([...all].map((x) => x.publisher));
  if (s.note && !s.note_en) throw new Error(`seeds/sources.csv ${s.id}: note_en is empty while note is filled (the English edition shows it)`);
  return { ...s, publisher: map.get(s.publisher) ?? s.publisher, note: s.note_en ?? '' };
}
