/**
 * The corrections log (`content/<locale>/corrections.yaml`), validated at build time, and each chart's last data
 * change, which embed pages compare with the date a journalist copied the embed code (`?since=`).
 *
 * Entry shape: `{ date: "YYYY-MM-DD", charts?: [chart ids], text: "…" }`. `charts` names the charts whose data the
 * correction changed (none: a correction of the prose only).
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parseYaml } from '../lib/yaml';

/** A real calendar date written `YYYY-MM-DD` (2026-02-30 is rejected). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine((s) => {
    const t = Date.parse(`${s}T00:00:00Z`);
    return Number.isFinite(t) && new Date(t).toISOString().startsWith(s);
  }, 'not a calendar date');

/** One entry of the corrections log. */
export const CorrectionSchema = z.strictObject({
  date: IsoDateSchema,
  charts: z.array(z.string().min(1)).optional(),
  text: z.string().trim().min(1),
});
export type Correction = z.infer<typeof CorrectionSchema>;

/**
 * Parses and validates a corrections log.
 * @param data the parsed YAML (an array)
 * @param file the file's path, for error messages
 * @param chartIds the known chart ids
 * @returns the entries, newest first
 * @throws Error naming the file, the entry (1-based) and the field; for an unknown chart id, the known ids too
 */
export function parseCorrections(data: unknown, file: string, chartIds: readonly string[]): Correction[] {
  const r = z.array(CorrectionSchema).safeParse(data ?? []);
  if (!r.success) {
    const msgs = r.error.issues.map((i) => {
      const [n, ...field] = i.path;
      return typeof n === 'number' ? `entry ${n + 1}${field.length ? `, field "${field.join('.')}"` : ''}: ${i.message}` : i.message;
    });
    throw new Error(`${file}: ${msgs.join('; ')}`);
  }
  const known = new Set(chartIds);
  r.data.forEach((c, i) => {
    for (const id of c.charts ?? []) {
      if (!known.has(id)) throw new Error(`${file}: entry ${i + 1} (${c.date}), field "charts": unknown chart id "${id}". Known ids: ${[...known].join(', ')}`);
    }
  });
  return [...r.data].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/**
 * Reads and validates a corrections log file.
 * @param file path from the project root, e.g. `content/fr/corrections.yaml`
 * @param chartIds the known chart ids
 * @throws Error as parseCorrections, or on invalid YAML
 */
export function loadCorrections(file: string, chartIds: readonly string[]): Correction[] {
  return parseCorrections(parseYaml(readFileSync(file, 'utf8'), file), file, chartIds);
}

/**
 * The last time a chart's data changed: the newest date among the entries naming it.
 * @returns `YYYY-MM-DD`, or null when no entry names the chart
 */
export function lastDataChange(corrections: readonly Correction[], chartId: string): string | null {
  let last: string | null = null;
  for (const c of corrections) if (c.charts?.includes(chartId) && (last === null || c.date > last)) last = c.date;
  return last;
}
