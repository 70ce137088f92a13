/**
 * Every chart of the story, by id, and `buildChart()`: the chart's text, each step's scenes as SVG (both variants),
 * its rows and sources, computed once per build.
 */
import type { Citation } from '../lib/citation';
import { loadSeeds, figure, type Seeds } from '../data/seeds';
import type { Figure, Source } from '../data/schemas';
import type { Locale } from '../i18n/locales';
import { sourceIn } from '../i18n/publishers';
import { interpolate } from '../lib/text';
import { frenchSpacing } from '../lib/typography.mjs';
import { loadChartText, type ChartText } from './text';
import { SIZES, assertStep, type ChartDef, type Scene, type Variant } from './shared/scene';
import { charts as chartList } from './list';

/** All charts in story order. */
export const CHARTS: readonly ChartDef[] = chartList;

const byId = new Map(CHARTS.map((c) => [c.id, c]));
if (byId.size !== CHARTS.length) throw new Error('Two charts share an id in src/charts/list.ts');

/** The chart with this id. @throws Error listing the known ids when it is unknown */
export function getChart(id: string): ChartDef {
  const c = byId.get(id);
  if (!c) throw new Error(`Unknown chart id "${id}". Known: ${[...byId.keys()].join(', ')}`);
  return c;
}

export interface BuiltStep {
  /** 1-based. */
  n: number;
  /** `<chart-id>-<n>`: the story anchor, the classroom hash. */
  stepId: string;
  caption: string;
  description: string;
  scenes: Record<Variant, Scene>;
}

export interface BuiltChart {
  id: string;
  chapter: number;
  locale: Locale;
  title: string;
  subtitle: string;
  takeaway: string;
  notes: string[];
  steps: BuiltStep[];
  /** The rows the chart shows, for its table and CSV. */
  rows: Figure[];
  /** The sources of those rows, in first-use order. */
  sources: Source[];
  /** The same sources as cited: each says whether a figure of this chart was read in it second-hand. */
  citations: Citation[];
}

/** The rows a chart lists: each entry of `def.rows()` is a dataset name or a figure id. */
export function chartRows(def: ChartDef, seeds: Seeds): Figure[] {
  const out: Figure[] = [];
  for (const ref of def.rows(seeds)) {
    const ds = seeds.datasets.get(ref);
    if (ds) out.push(...ds);
    else out.push(figure(seeds, ref));
  }
  return [...new Map(out.map((f) => [f.id, f])).values()];
}

const cache = new Map<string, BuiltChart>();

/**
 * Builds a chart for a locale: texts interpolated, scenes for every step and variant.
 * @throws Error when the id is unknown, the text file is missing or malformed, the text's step count differs from
 * the chart's, or a placeholder names an unknown figure
 */
export function buildChart(id: string, locale: Locale, seeds: Seeds = loadSeeds()): BuiltChart {
  const key = `${locale}:${id}`;
  const hit = cache.get(key);
  if (hit && seeds === loadSeeds()) return hit;
  const def = getChart(id);
  const text: ChartText = loadChartText(id, locale);
  const origin = `content/${locale}/charts/${id}.yaml`;
  if (text.steps.length !== def.steps) {
    throw new Error(`${origin}: ${text.steps.length} steps written, but chart "${id}" has ${def.steps}`);
  }
  const t = (s: string, where: string) => {
    const out = interpolate(s, seeds, locale, `${origin} ${where}`);
    return locale === 'fr' ? frenchSpacing(out) : out;
  };
  const labels = new Map(Object.entries(text.labels).map(([k, v]) => [k, t(v, `labels.${k}`)]));
  const label = (k: string): string => {
    const v = labels.get(k);
    if (v === undefined) throw new Error(`${origin}: missing label "${k}" used by chart "${id}"`);
    return v;
  };
  const steps: BuiltStep[] = text.steps.map((s, i) => {
    const n = i + 1;
    assertStep(id, n, def.steps);
    const scenes = Object.fromEntries(
      (Object.keys(SIZES) as Variant[]).map((variant) => [
        variant,
        def.scene({ seeds, step: n, size: SIZES[variant], variant, locale, label }),
      ]),
    ) as Record<Variant, Scene>;
    return {
      n,
      stepId: `${id}-${n}`,
      caption: t(s.caption, `steps[${i}].caption`),
      description: t(s.description, `steps[${i}].description`),
      scenes,
    };
  });
  for (const s of steps) {
    if (s.caption.length > 220) throw new Error(`${origin}: caption of step ${s.n} is ${s.caption.length} characters once formatted (max 220)`);
  }
  const rows = chartRows(def, seeds);
  const sources = [...new Set(rows.map((r) => r.source))].map((sid) => sourceIn(seeds.sources.get(sid)!, locale, seeds.sources.values()));
  const built: BuiltChart = {
    id,
    chapter: def.chapter,
    locale,
    title: t(text.title, 'title'),
    subtitle: t(text.subtitle, 'subtitle'),
    takeaway: t(text.takeaway, 'takeaway'),
    notes: text.notes.map((n, i) => t(n, `notes[${i}]`)),
    steps,
    rows,
    sources,
    citations: sources.map((source) => ({ source, secondHand: rows.some((r) => r.source === source.id && r.confidence === 'second-hand') })),
  };
  cache.set(key, built);
  return built;
}
