// Runtime: node (build time only: reads files, or loads the seeds).
/**
 * The glossary, `content/<locale>/glossary.yaml`: a list of `{ id, term, definition }`.
 * @throws Error naming the file and field when malformed
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from './yaml';
import { z } from 'astro/zod';
import type { Locale } from '../i18n/locales';
import { frenchSpacing } from './typography.mjs';

export const GlossarySchema = z.array(
  z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    term: z.string().min(1),
    definition: z.string().min(1),
  }),
);
export type GlossaryEntry = z.output<typeof GlossarySchema>[number];

const cache = new Map<Locale, GlossaryEntry[]>();

export function loadGlossary(locale: Locale): GlossaryEntry[] {
  const hit = cache.get(locale);
  if (hit) return hit;
  const file = join('content', locale, 'glossary.yaml');
  const res = GlossarySchema.safeParse(parseYaml(readFileSync(join(process.cwd(), file), 'utf8'), file));
  if (!res.success) throw new Error(res.error.issues.map((i) => `${file}, entry ${i.path.join('.')}: ${i.message}`).join('\n'));
  const entries = locale === 'fr' ? res.data.map((g) => ({ ...g, term: frenchSpacing(g.term), definition: frenchSpacing(g.definition) })) : res.data;
  cache.set(locale, entries);
  return entries;
}
