/**
 * Reads and validates `seeds/`: the figures (`data/*.csv`), the bibliography (`sources.csv`) and the article's
 * claims (`claims.csv`). Runs at build time and in tests, never in the browser.
 *
 * Throws {@link SeedError} on the first batch of problems, each message naming file, row and field. Checks, beyond
 * each row's schema: ids unique across all datasets, every `source` known, every claim's figure ids known.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { z } from 'astro/zod';
import { evaluateFormula, parseFormula, type Expr } from './formula';
import { ClaimSchema, FigureSchema, SourceSchema, type Claim, type Figure, type Source } from './schemas';

/** All problems found in the seeds, one per line. */
export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid seeds (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n  ${problems.join('\n  ')}`);
    this.name = 'SeedError';
  }
}

export interface Seeds {
  /** Every figure by id. */
  figures: ReadonlyMap<string, Figure>;
  /** Figures per dataset file name without extension (`microsoft-emissions`), in file order. */
  datasets: ReadonlyMap<string, readonly Figure[]>;
  sources: ReadonlyMap<string, Source>;
  claims: readonly Claim[];
}

/** A text file as rows: `{ file, rows }`, with the relative path used in messages. */
export interface CsvText {
  file: string;
  text: string;
}

function parseRows<S extends z.ZodType>(
  { file, text }: CsvText,
  schema: S,
  problems: string[],
): z.output<S>[] {
  const out: z.output<S>[] = [];
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  rows.forEach((raw, i) => {
    const res = schema.safeParse(raw);
    if (res.success) {
      out.push(res.data);
      return;
    }
    const id = raw['id'] ? ` (id ${raw['id']})` : '';
    for (const issue of res.error.issues) {
      const field = issue.path.length ? ` field "${issue.path.join('.')}"` : '';
      problems.push(`${file}, row ${i + 1}${id},${field}: ${issue.message}`);
    }
  });
  return out;
}

/**
 * Validates seeds given as text. Pure: used by {@link loadSeeds} and by unit tests with hand-made rows.
 * @param datasets one entry per `seeds/data/<name>.csv`
 * @throws SeedError listing every problem with file, row and field
 */
export function parseSeeds(input: { sources: CsvText; claims: CsvText; datasets: CsvText[] }): Seeds {
  const problems: string[] = [];
  const sources = new Map<string, Source>();
  for (const s of parseRows(input.sources, SourceSchema, problems)) {
    if (sources.has(s.id)) problems.push(`${input.sources.file}: duplicate source id "${s.id}"`);
    sources.set(s.id, s);
  }
  const figures = new Map<string, Figure>();
  const datasets = new Map<string, Figure[]>();
  for (const csv of input.datasets) {
    const name = csv.file.replace(/^.*\//, '').replace(/\.csv$/, '');
    const list: Figure[] = [];
    parseRows(csv, FigureSchema, problems).forEach((row, i) => {
      const fig: Figure = { ...row, dataset: name };
      if (figures.has(fig.id)) {
        problems.push(`${csv.file}, row ${i + 1} (id ${fig.id}), field "id": duplicate id, also in ${figures.get(fig.id)!.dataset}.csv`);
      }
      if (!sources.has(fig.source)) {
        problems.push(`${csv.file}, row ${i + 1} (id ${fig.id}), field "source": unknown source id "${fig.source}"`);
      }
      figures.set(fig.id, fig);
      list.push(fig);
    });
    datasets.set(name, list);
  }
  computeDerived(figures, problems);
  const claims = parseRows(input.claims, ClaimSchema, problems);
  claims.forEach((c, i) => {
    for (const id of c.figures) {
      if (!figures.has(id)) problems.push(`${input.claims.file}, row ${i + 1} (id ${c.id}), field "figures": unknown figure id "${id}"`);
    }
  });
  if (problems.length) throw new SeedError(problems);
  return { figures, datasets, sources, claims };
}

/**
 * Computes every derived figure's value from its formula, inputs first (a derived figure may use another).
 * Problems (syntax, unknown id, cycle, dimensions) are pushed to `problems`, naming dataset and id.
 */
function computeDerived(figures: Map<string, Figure>, problems: string[]): void {
  const parsed = new Map<string, Expr>();
  for (const f of figures.values()) {
    if (f.kind !== 'derived' || !f.formula) continue;
    try {
      parsed.set(f.id, parseFormula(f.formula));
    } catch (e) {
      problems.push(`seeds/data/${f.dataset}.csv (id ${f.id}), field "formula": ${(e as Error).message}`);
    }
  }
  const state = new Map<string, 'busy' | 'done' | 'failed'>();
  const value = (id: string, chain: string[]): number | undefined => {
    const f = figures.get(id);
    if (!f) return undefined;
    if (!parsed.has(id)) return f.value ?? (f.low !== undefined && f.high !== undefined ? (f.low + f.high) / 2 : undefined);
    if (state.get(id) === 'done') return f.value;
    if (state.get(id) === 'failed') throw new Error(`uses "${id}", which could not be computed`);
    if (state.get(id) === 'busy') throw new Error(`circular formulas: ${[...chain, id].join(' → ')}`);
    state.set(id, 'busy');
    try {
      f.value = evaluateFormula(parsed.get(id)!, f.unit, (ref) => {
        const v = value(ref, [...chain, id]);
        return v === undefined ? undefined : { value: v, unit: figures.get(ref)!.unit };
      }, f.formula);
      state.set(id, 'done');
      return f.value;
    } catch (e) {
      state.set(id, 'failed');
      throw e;
    }
  };
  for (const id of parsed.keys()) {
    try {
      value(id, []);
    } catch (e) {
      const f = figures.get(id)!;
      problems.push(`seeds/data/${f.dataset}.csv (id ${id}), field "formula": ${(e as Error).message}`);
    }
  }
}

let cache: Seeds | undefined;

/**
 * Reads `<root>/seeds/` from disk (cached after the first call for the default root).
 * @param root project root; defaults to `process.cwd()`
 * @throws SeedError when any file is malformed
 */
export function loadSeeds(root: string = process.cwd()): Seeds {
  if (cache && root === process.cwd()) return cache;
  const dir = join(root, 'seeds');
  const read = (p: string): CsvText => ({ file: relative(root, p), text: readFileSync(p, 'utf8') });
  const dataDir = join(dir, 'data');
  const seeds = parseSeeds({
    sources: read(join(dir, 'sources.csv')),
    claims: read(join(dir, 'claims.csv')),
    datasets: readdirSync(dataDir)
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .map((f) => read(join(dataDir, f))),
  });
  if (root === process.cwd()) cache = seeds;
  return seeds;
}

/**
 * The figure with this id.
 * @throws Error naming the id when it is unknown (a typo in a chapter or chart fails the build)
 */
export function figure(seeds: Seeds, id: string): Figure {
  const f = seeds.figures.get(id);
  if (!f) throw new Error(`Unknown figure id "${id}": no row with this id in seeds/data/*.csv`);
  return f;
}
