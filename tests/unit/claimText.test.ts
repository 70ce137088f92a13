import { describe, expect, it } from 'vitest';
import { claimText } from '../../src/lib/claimText';
import { series } from '../../src/charts/shared/series';
import { formatFigure } from '../../src/lib/format';
import { sceneQuery } from './charts/sceneQuery';

const { seeds, mark } = sceneQuery('image-energy');
const claim = (id: string) => seeds.claims.find((c) => c.id === id)!;

describe('fact-check boxes (claimText)', () => {
  it('C1 shows the Stable Diffusion XL figure exactly as the image-energy chart labels it, in both steps’ wording', () => {
    const chartLabel = mark(1, 'val-sdxl').text!;
    const { fix } = claimText(claim('C1'), seeds, 'fr');
    expect(fix).toContain(`Stable Diffusion XL, ${chartLabel} par image`);
    expect(fix).not.toMatch(/11,49/);
  });

  it('C2 gives the newest year of the IEA series and its 2030 projection, as the chart does', () => {
    const rows = series(seeds, 'datacentre-electricity', 'kq-2026', 2);
    const newest = rows.filter((r) => r.kind !== 'projection').at(-1)!;
    const { fix } = claimText(claim('C2'), seeds, 'fr');
    expect(fix).toContain(`${formatFigure(newest, 'fr')} en ${newest.period}`);
    expect(fix).toContain(formatFigure(rows.find((r) => r.kind === 'projection')!, 'fr'));
  });

  it('every claim renders in French and English with no placeholder left', () => {
    for (const c of seeds.claims) {
      for (const locale of ['fr', 'en'] as const) {
        const { said, fix } = claimText(c, seeds, locale);
        expect(`${said} ${fix}`, `${c.id} ${locale}`).not.toMatch(/[{}]/);
      }
    }
  });
});
