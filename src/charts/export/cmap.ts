/**
 * The characters a font can draw, read from its `cmap` table (OpenType spec, formats 4 and 12, Unicode or Windows
 * Unicode subtables), so that a build can check, before rasterising, that every character of an image has a glyph.
 */

/**
 * Offset of a table in an SFNT font, or -1.
 * @param b the font's bytes
 * @param tag four-letter table tag, e.g. `cmap`
 */
export function tableOffset(b: Buffer, tag: string): number {
  const numTables = b.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const r = 12 + i * 16;
    if (b.toString('latin1', r, r + 4) === tag) return b.readUInt32BE(r + 8);
  }
  return -1;
}

/**
 * Code points mapped to a glyph (glyph id ≠ 0) by an SFNT (TrueType/OpenType) font.
 * @param sfnt the font's bytes (TTF/OTF, not WOFF: see woffToSfnt)
 * @returns the set of Unicode code points covered
 * @throws Error when the font has no cmap table or no Unicode subtable of format 4 or 12
 */
export function cmapCoverage(sfnt: Uint8Array): Set<number> {
  return new Set(glyphIds(sfnt).keys());
}

/**
 * The font's character map: code point → glyph id (only glyph ids ≠ 0).
 * @param sfnt the font's bytes (TTF/OTF)
 * @throws Error when the font has no cmap table or no Unicode subtable of format 4 or 12
 */
export function glyphIds(sfnt: Uint8Array): Map<number, number> {
  const b = Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const cmap = tableOffset(b, 'cmap');
  if (cmap < 0) throw new Error('cmapCoverage: the font has no cmap table');
  const out = new Map<number, number>();
  const n = b.readUInt16BE(cmap + 2);
  let found = false;
  for (let i = 0; i < n; i++) {
    const e = cmap + 4 + i * 8;
    const platform = b.readUInt16BE(e);
    const encoding = b.readUInt16BE(e + 2);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const t = cmap + b.readUInt32BE(e + 4);
    const format = b.readUInt16BE(t);
    if (format === 4) {
      found = true;
      const segX2 = b.readUInt16BE(t + 6);
      const ends = t + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const offsets = deltas + segX2;
      for (let s = 0; s < segX2 / 2; s++) {
        const end = b.readUInt16BE(ends + s * 2);
        const start = b.readUInt16BE(starts + s * 2);
        const delta = b.readInt16BE(deltas + s * 2);
        const roAt = offsets + s * 2;
        const ro = b.readUInt16BE(roAt);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let g: number;
          if (ro === 0) g = (c + delta) & 0xffff;
          else {
            const gi = b.readUInt16BE(roAt + ro + (c - start) * 2);
            g = gi === 0 ? 0 : (gi + delta) & 0xffff;
          }
          if (g !== 0 && !out.has(c)) out.set(c, g);
        }
      }
    } else if (format === 12) {
      found = true;
      const groups = b.readUInt32BE(t + 12);
      for (let g = 0; g < groups; g++) {
        const r = t + 16 + g * 12;
        const start = b.readUInt32BE(r);
        const end = b.readUInt32BE(r + 4);
        const gid = b.readUInt32BE(r + 8);
        for (let c = start; c <= end; c++) if (gid + (c - start) !== 0) out.set(c, gid + (c - start));
      }
    }
  }
  if (!found) throw new Error('cmapCoverage: no Unicode cmap subtable of format 4 or 12');
  return out;
}
