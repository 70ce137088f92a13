// Runtime: node (build time only: reads files, or loads the seeds).
/**
 * The words of a fact-check box (`seeds/claims.csv`) in one locale, with figure placeholders filled in: a correction
 * may write `{img-sdxl-wh|Wh}` instead of typing 11,49 Wh, so that the box and the charts show one figure in one
 * format. Same placeholder syntax as chart texts (`src/lib/text.ts`); text without braces is returned as is.
 */
import type { Claim } from '../data/schemas';
import type { Seeds } from '../data/seeds';
import type { Locale } from '../i18n/locales';
import { interpolate } from './text';
import { frenchSpacing } from './typography.mjs';

/**
 * What the article said and what the sources say, for a claim.
 * @returns `{ said, fix }`, French typography applied in French
 * @throws Error naming the claim and field on an unknown figure id or display unit in a placeholder
 */
export function claimText(claim: Claim, seeds: Seeds, locale: Locale): { said: string; fix: string } {
  const fr = locale === 'fr';
  const said = interpolate(fr ? claim.claim_fr : claim.claim_en, seeds, locale, `seeds/claims.csv ${claim.id} claim_${locale}`);
  const fix = interpolate(fr ? claim.correction_fr : claim.correction_en, seeds, locale, `seeds/claims.csv ${claim.id} correction_${locale}`);
  return fr ? { said: frenchSpacing(said), fix: frenchSpacing(fix) } : { said, fix };
}
