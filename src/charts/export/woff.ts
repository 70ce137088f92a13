/**
 * WOFF 1.0 → SFNT (TrueType/OpenType) at build time, so that resvg (which reads TTF/OTF only) can draw text with the
 * same @fontsource files the site serves. Spec: https://www.w3.org/TR/WOFF/ (header 44 bytes, 20-byte table entries,
 * each table zlib-compressed when its compressed length is below its original length).
 */
import { inflateSync } from 'node:zlib';

/**
 * Decodes a WOFF 1.0 font.
 * @param woff the file's bytes
 * @returns the SFNT bytes (tables 4-byte aligned, in directory order)
 * @throws Error when the signature is not `wOFF` or a table is truncated
 */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const b = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (b.toString('latin1', 0, 4) !== 'wOFF') throw new Error('woffToSfnt: not a WOFF 1.0 file');
  const flavor = b.readUInt32BE(4);
  const numTables = b.readUInt16BE(12);
  const tables: { tag: string; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const e = 44 + i * 20;
    const tag = b.toString('latin1', e, e + 4);
    const offset = b.readUInt32BE(e + 4);
    const compLength = b.readUInt32BE(e + 8);
    const origLength = b.readUInt32BE(e + 12);
    const checksum = b.readUInt32BE(e + 16);
    if (offset + compLength > b.length) throw new Error(`woffToSfnt: table ${tag} is truncated`);
    const raw = b.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
    if (data.length !== origLength) throw new Error(`woffToSfnt: table ${tag} has ${data.length} bytes, expected ${origLength}`);
    tables.push({ tag, checksum, data });
  }
  let pow = 1;
  let log = 0;
  while (pow * 2 <= numTables) {
    pow *= 2;
    log++;
  }
  const head = Buffer.alloc(12 + 16 * numTables);
  head.writeUInt32BE(flavor, 0);
  head.writeUInt16BE(numTables, 4);
  head.writeUInt16BE(pow * 16, 6);
  head.writeUInt16BE(log, 8);
  head.writeUInt16BE(numTables * 16 - pow * 16, 10);
  const chunks: Buffer[] = [head];
  let offset = head.length;
  tables.forEach((t, i) => {
    const r = 12 + i * 16;
    head.write(t.tag, r, 'latin1');
    head.writeUInt32BE(t.checksum, r + 4);
    head.writeUInt32BE(offset, r + 8);
    head.writeUInt32BE(t.data.length, r + 12);
    const pad = (4 - (t.data.length % 4)) % 4;
    chunks.push(t.data, Buffer.alloc(pad));
    offset += t.data.length + pad;
  });
  return Buffer.concat(chunks);
}
