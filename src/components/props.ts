/**
 * Zod schemas for every prop an MDX author can pass to the story's components, so that a typo in a chapter fails the
 * build with a message naming the component and the prop (Starlight's `user-components` pattern).
 */
import { z } from 'astro/zod';
import { DISPLAY_UNITS } from '../lib/format';
import { LOCALES } from '../i18n/locales';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');
/** Required: components pass the page's locale (src/i18n/pageLocale.ts); there is no default edition. */
const locale = z.enum(LOCALES as [string, ...string[]]);

export const FigPropsSchema = z.object({
  id,
  unit: z.enum(DISPLAY_UNITS as [string, ...string[]]).optional(),
  digits: z.number().int().min(1).max(6).optional(),
  signed: z.boolean().optional(),
  locale,
});
/** `<Dir>`: a direction word picked from the data. */
export const DirPropsSchema = z.object({ id, than: id.optional(), up: z.string().min(1), down: z.string().min(1), locale });
export const StepPropsSchema = z.object({ chart: id, n: z.number().int().min(1), locale });
export const ScrollyPropsSchema = z.object({ chart: id, locale });
export const TermPropsSchema = z.object({ id, locale });
export const ClaimPropsSchema = z.object({ id: z.string().regex(/^C\d+$/, 'must look like C3'), locale });

/**
 * Parses a component's props. @throws Error `<Fig>: prop "unit": Invalid option…` listing every problem
 */
export function parseProps<S extends z.ZodType>(schema: S, props: unknown, component: string): z.output<S> {
  const res = schema.safeParse(props);
  if (res.success) return res.data;
  const msgs = res.error.issues.map((i) => `<${component}>: prop "${i.path.join('.')}": ${i.message}`);
  throw new Error(`${msgs.join('\n')}\n(props given: ${JSON.stringify(props)})`);
}
