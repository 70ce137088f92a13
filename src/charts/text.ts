/**
 * A chart's words in one locale: `content/<locale>/charts/<chart-id>.yaml` (title, subtitle, takeaway, one caption
 * and one accessible description per step, and the labels its scene draws). Figures are placeholders
 * (`{ms-t1a-fy2023|Mt}`), formatted at build time: no number is typed.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../lib/yaml';
import { z } from 'astro/zod';
import type { Locale } from '../i18n/locales';

export const ChartTextSchema = z.object({
  /** States the takeaway ("Microsoft émet plus qu'en 2020…"). */
  title: z.string().trim().min(1),
  /** What is measured, unit, period, basis. */
  subtitle: z.string().trim().min(1),
  /** One sentence a reader keeps. */
  takeaway: z.string().trim().min(1),
  steps: z
    .array(
      z.object({
        /** Shown in embeds and the classroom view; at most about 200 characters once formatted. */
        caption: z.string().trim().min(1).max(260),
        /** What the chart shows at this step, for screen readers and the no-JS figure. */
        description: z.string().trim().min(1),
      }),
    )
    .min(3, 'a chart needs at least 3 steps'),
  /** Labels drawn in the scene, by key. */
  labels: z.record(z.string(), z.string()).default({}),
  /** Notes printed under the chart (caveats: bases, scopes, restatements). */
  notes: z.array(z.string()).default([]),
});
export type ChartText = z.output<typeof ChartTextSchema>;

/**
 * Reads and validates a chart's text file.
 * @throws Error naming the file and field when it is missing or malformed
 */
export function loadChartText(id: string, locale: Locale, root = process.cwd()): ChartText {
  const file = join('content', locale, 'charts', `${id}.yaml`);
  const path = join(root, file);
  if (!existsSync(path)) throw new Error(`${file}: missing text file for chart "${id}"`);
  const res = ChartTextSchema.safeParse(parseYaml(readFileSync(path, 'utf8'), file));
  if (!res.success) {
    const msgs = res.error.issues.map((i) => `${file}, field "${i.path.join('.')}": ${i.message}`);
    throw new Error(msgs.join('\n'));
  }
  return res.data;
}
