import { parseSeeds, SeedError } from '../../src/data/seeds';

/** One source, `src-a`, that fixture rows may cite. */
const SOURCES = {
  file: 'seeds/sources.csv',
  text: 'id,publisher,title,date,url,accessed,licence,note\nsrc-a,Pub,Title,2024,https://example.org/a,2026-11-30,unknown,\n',
};
const CLAIMS_HEADER = 'id,chapter,claim_fr,claim_en,verdict,correction_fr,correction_en,figures';

/**
 * Parses hand-made seed rows through the real loader: `parse(...rows)` returns the seeds, `problems(...rows)` the
 * messages of the SeedError it throws (empty when the rows are valid).
 * @param header the dataset's CSV header line
 * @param claims claim lines (after the header) that may name the fixture's figure ids
 */
export function seedFixture(header: string, claims: string[] = []) {
  const parse = (...rows: string[]) =>
    parseSeeds({
      sources: SOURCES,
      claims: { file: 'seeds/claims.csv', text: [CLAIMS_HEADER, ...claims].join('\n') + '\n' },
      datasets: [{ file: 'seeds/data/test.csv', text: [header, ...rows].join('\n') }],
    });
  const problems = (...rows: string[]): string[] => {
    try {
      parse(...rows);
    } catch (e) {
      if (e instanceof SeedError) return e.problems;
      throw e;
    }
    return [];
  };
  return { parse, problems };
}
