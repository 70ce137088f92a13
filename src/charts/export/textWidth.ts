/**
 * Text widths measured with the real advance widths of the UI font (Source Sans 3, the TrueType files given to
 * resvg), so that build-time images wrap and fit text exactly instead of guessing an average glyph width.
 * Kerning is ignored (it only ever narrows Latin text by a few per cent, so measured lines never overflow).
 */
import { readFileSync } from 'node:fs';
import { glyphIds, tableOffset } from './cmap';

interface Metrics {
  unitsPerEm: number;
  advance: (cp: number) => number | undefined;
}

const cache = new Map<string, Metrics>();

/** Advance widths of a TTF file, by code point, in font units. */
function metrics(file: string): Metrics {
  const hit = cache.get(file);
  if (hit) return hit;
  const b = readFileSync(file);
  const gids = glyphIds(b);
  const head = tableOffset(b, 'head');
  const hhea = tableOffset(b, 'hhea');
  const hmtx = tableOffset(b, 'hmtx');
  if (head < 0 || hhea < 0 || hmtx < 0) throw new Error(`textWidth: ${file} lacks head, hhea or hmtx`);
  const unitsPerEm = b.readUInt16BE(head + 18);
  const nh = b.readUInt16BE(hhea + 34);
  const advance = (cp: number) => {
    const g = gids.get(cp);
    if (g === undefined) return undefined;
    return b.readUInt16BE(hmtx + 4 * Math.min(g, nh - 1));
  };
  const m = { unitsPerEm, advance };
  cache.set(file, m);
  return m;
}

/**
 * A text measurer over fonts in fallback order (as resvg uses them).
 * @param files TTF paths: [regular, semibold, ...fallbacks]
 * @returns `width(text, size, weight)` in the unit of `size` (CSS px); a character no font has counts 0.6 em
 */
export function textMeasurer(files: readonly string[]) {
  const [regular, bold, ...rest] = files.map(metrics);
  return (text: string, size: number, weight = 400): number => {
    const chain = [weight >= 500 ? bold! : regular!, ...rest];
    let em = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let w: number | undefined;
      for (const m of chain) {
        const a = m.advance(cp);
        if (a !== undefined) {
          w = a / m.unitsPerEm;
          break;
        }
      }
      em += w ?? 0.6;
    }
    return em * size;
  };
}
