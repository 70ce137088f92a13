/**
 * Zod schemas for everything the story is built from (`seeds/`).
 *
 * Each schema validates one row of a CSV file. `seeds.ts` runs them and turns a failure into a message that names
 * the file, the row (1-based, header excluded) and the field, e.g.
 * `seeds/data/microsoft-emissions.csv, row 3 (id ms-t1a-fy2022), field "unit": Invalid option…`.
 */
import { z } from 'astro/zod';

/** Units a figure may carry. Emissions are stored in tonnes, money in USD, energy as the source gives it. */
export const UNITS = ['tCO2e', 'tCO2', 'Wh', 'kWh', 'MWh', 'TWh', 'USD', '%', 'credits', 'x', 'rating', 'count', 'year'] as const;
export type Unit = (typeof UNITS)[number];

/** Units that make a figure an emissions figure, which must state its scope. */
export const EMISSION_UNITS: readonly Unit[] = ['tCO2e', 'tCO2'];

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, hyphens)');
const required = (what: string) => z.string({ error: `${what} is required` }).trim().min(1, `${what} is required`);
/** A CSV cell holding a number with a dot decimal, or empty. */
const optionalNumber = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return undefined;
    const n = Number(s);
    if (!/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(s) || !Number.isFinite(n)) {
      ctx.addIssue({ code: 'custom', message: `"${s}" is not a plain number (dot decimal, no separators)` });
      return z.NEVER;
    }
    return n;
  });

/**
 * One figure: a sourced value with its unit, period and scope. Source: `seeds/data/*.csv`.
 * `value` is required unless `low` and `high` give a range.
 */
export const FigureSchema = z
  .object({
    id: kebab,
    entity: required('entity'),
    metric: required('metric'),
    period: required('period'),
    value: optionalNumber,
    low: optionalNumber,
    high: optionalNumber,
    unit: z.enum(UNITS, { error: (iss) => `unit "${String(iss.input)}" is not one of ${UNITS.join(', ')}` }),
    per: z.string().trim().default(''),
    scope: z.string().trim().default(''),
    kind: z.enum(['measured', 'estimate', 'projection', 'target', 'claim', 'derived']),
    confidence: z.enum(['primary', 'second-hand', 'derived']),
    vintage: z.string().trim().default(''),
    source: required('source'),
    note: z.string().trim().default(''),
    /** The metric in French, shown in the French edition's tables (falls back to `metric`). */
    metric_fr: z.string().trim().default(''),
    /** The note in French (falls back to `note`). */
    note_fr: z.string().trim().default(''),
    /** The entity in French (falls back to `entity`). */
    entity_fr: z.string().trim().default(''),
    /** The scope in French (falls back to `scope`). */
    scope_fr: z.string().trim().default(''),
    /**
     * For a `derived` row: how its value is computed from other figures (see `formula.ts`), e.g.
     * `ms-t1a-fy2024 / ms-t1a-fy2020 - 1`. The value cell stays empty: the loader computes it.
     */
    formula: z.string().trim().default(''),
    /**
     * The chart series the row belongs to (`total`, `scope-3`, `first-published`…): a chart draws one line per
     * series, sorted by period, so a new year is a new row, not a code change. Empty when the row is on no line.
     */
    series: z.string().trim().regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'series must be kebab-case').default(''),
  })
  .superRefine((f, ctx) => {
    if (f.kind === 'derived') {
      if (f.formula === '') ctx.addIssue({ code: 'custom', path: ['formula'], message: 'a derived figure needs a formula (its value is computed)' });
      if (f.value !== undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: 'a derived figure is computed from its formula: leave value empty' });
      return;
    }
    if (f.formula !== '') ctx.addIssue({ code: 'custom', path: ['formula'], message: 'only a derived figure has a formula (set kind to derived)' });
    if (f.value === undefined && (f.low === undefined || f.high === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'value is required (or both low and high for a range)' });
    }
    if (f.low !== undefined && f.high !== undefined && f.low > f.high) {
      ctx.addIssue({ code: 'custom', path: ['low'], message: `low (${f.low}) is above high (${f.high})` });
    }
    if (EMISSION_UNITS.includes(f.unit) && f.scope === '') {
      ctx.addIssue({ code: 'custom', path: ['scope'], message: 'an emissions figure must state its scope' });
    }
  });
export type Figure = z.output<typeof FigureSchema> & { dataset: string };

/** One bibliography entry. Source: `seeds/sources.csv`. `licence` is `unknown` when not known, never invented. */
export const SourceSchema = z.object({
  id: kebab,
  publisher: required('publisher'),
  title: required('title'),
  date: required('date'),
  /** The publisher's own address (report, agency page, DOI, outlet's article), or empty when it is not known. */
  url: z.string().trim().regex(/^(https?:\/\/\S+)?$/, 'url must be empty or start with http:// or https://').default(''),
  accessed: z.string().trim().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'accessed must be an ISO date'),
  licence: required('licence'),
  /** A note on the source, in French (the first edition). */
  note: z.string().trim().default(''),
  /** The same note in English (the English edition shows it; required there when `note` is filled). */
  note_en: z.string().trim().optional(),
  /** Where the document was actually read when `url` is the original and that copy differs (a mirror, a parse). */
  copy_url: z
    .string()
    .trim()
    .regex(/^(https?:\/\/\S+)?$/, 'copy_url must be empty or start with http:// or https://')
    .default(''),
}).refine((s) => s.url !== '' || s.copy_url !== '', { path: ['url'], message: 'a source needs its publisher\'s url, or at least the copy_url that was read' });
export type Source = z.output<typeof SourceSchema>;

/**
 * Verdicts on the article's claims. `partly-wrong`: a claim that joins two statements, one wrong and one right (the
 * correction says which); `imprecise`: the gist holds, the figure or wording does not.
 */
export const VERDICTS = ['accurate', 'imprecise', 'partly-wrong', 'wrong', 'unverifiable'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One claim of the article, paraphrased, with its verdict. Source: `seeds/claims.csv`. */
export const ClaimSchema = z.object({
  id: z.string().trim().regex(/^C\d+$/, 'claim id must look like C1'),
  chapter: z.coerce.number().int().min(1).max(5),
  claim_fr: required('claim_fr'),
  claim_en: required('claim_en'),
  verdict: z.enum(VERDICTS),
  correction_fr: required('correction_fr'),
  correction_en: required('correction_en'),
  figures: z
    .string()
    .trim()
    .min(1, 'figures is required')
    .transform((s) => s.split(';').map((x) => x.trim()).filter(Boolean)),
});
export type Claim = z.output<typeof ClaimSchema>;
