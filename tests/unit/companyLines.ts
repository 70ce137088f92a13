import type { Seeds } from '../../src/data/seeds';
import { series } from '../../src/charts/shared/series';

/**
 * Where the conclusion's figures live: each company's own line `[dataset, series]` (emissions, and removal credits
 * where tonnes are public). Expected by the conclusion's tests, independently of the chart's own constant.
 */
export const COMPANY_LINES: Record<string, readonly [string, string]> = {
  ms: ['microsoft-emissions', 't1a'],
  'ms-removal': ['microsoft-removals', 'contracted-esr26'],
  ggl: ['google-emissions', 'ghgp-2026'],
  'ggl-removal': ['google-removal', 'contracted-total'],
  amz: ['amazon-footprint', 'total'],
};

/** The rows of a company line, in period order. @throws Error (from series) when the line is missing or mixed */
export const companyLine = (seeds: Seeds, key: string) => series(seeds, ...COMPANY_LINES[key]!);
