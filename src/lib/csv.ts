// Runtime: both (Node at build time, browser).
/**
 * CSV downloads of a chart's rows. Two dialects: `standard` (RFC 4180, comma, dot decimals) and `excel-fr` (what
 * Excel and LibreOffice expect in a French locale: semicolons, decimal commas). Both start with a UTF-8 byte-order
 * mark so that spreadsheet software reads accents right, and end lines with CRLF. Numbers are never grouped (no
 * spaces or thin spaces inside them) and never in exponent notation. Text cells that a spreadsheet would read as a
 * formula are neutralised with a leading `'` (see {@link defuseCell}).
 */
import { dsvFormat } from 'd3-dsv';
import type { Figure, Source } from '../data/schemas';

export type CsvDialect = 'standard' | 'excel-fr';

/** The columns, in order. `source_*` come from the bibliography. */
export const CSV_COLUMNS = [
  'id', 'entity', 'metric', 'metric_fr', 'period', 'value', 'low', 'high', 'unit', 'per', 'scope', 'kind', 'confidence',
  'vintage', 'source', 'source_publisher', 'source_title', 'source_url', 'note', 'note_fr', 'formula',
] as const;
/** Indexes of the number columns (value, low, high): written by {@link plainNumber}, never neutralised. */
const NUMBER_COLUMNS = new Set(['value', 'low', 'high'].map((c) => (CSV_COLUMNS as readonly string[]).indexOf(c)));

const BOM = '\uFEFF';

/** A number as plain digits with a dot decimal (`51170000`, `0.0029`, `-1.5`). @throws RangeError when not finite */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`CSV: ${n} is not a finite number`);
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * Neutralises a text cell that a spreadsheet would run as a formula (CSV injection, OWASP): a cell starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return gets a leading single quote (`'= ms-t1a…`), unless the whole cell is a
 * plain number (`-1.5`, `+3`), which stays as it is.
 */
export function defuseCell(s: string): string {
  return /^[=+\-@\t\r]/.test(s) && !/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(s) ? `'${s}` : s;
}

/**
 * The rows as a CSV document.
 * @param rows figures (a chart's `buildChart(...).rows`)
 * @param sources the bibliography, by id (rows whose source is missing get empty `source_*` cells)
 * @param dialect `standard` (default) or `excel-fr`
 * @returns the text, starting with a BOM, CRLF line ends, one header line then one line per row
 */
export function figuresToCsv(rows: readonly Figure[], sources: ReadonlyMap<string, Source>, dialect: CsvDialect = 'standard'): string {
  const sep = dialect === 'excel-fr' ? ';' : ',';
  const num = (n: number | undefined) => (n === undefined ? '' : dialect === 'excel-fr' ? plainNumber(n).replace('.', ',') : plainNumber(n));
  const lines: string[][] = [[...CSV_COLUMNS]];
  for (const r of rows) {
    const s = sources.get(r.source);
    const cells = [
      r.id, r.entity, r.metric, r.metric_fr ?? '', r.period, num(r.value), num(r.low), num(r.high), r.unit, r.per, r.scope,
      r.kind, r.confidence, r.vintage, r.source, s?.publisher ?? '', s?.title ?? '', s?.url ?? '', r.note, r.note_fr ?? '', r.formula ?? '',
    ];
    lines.push(cells.map((c, i) => (NUMBER_COLUMNS.has(i) ? c : defuseCell(c))));
  }
  // d3-dsv quotes a cell only when it holds the separator, a quote or a line break (doubling quotes).
  const dsv = dsvFormat(sep);
  return BOM + lines.map((l) => dsv.formatRow(l)).join('\r\n') + '\r\n';
}
