/**
 * Formulas of derived figures (`formula` column of `seeds/data/*.csv`), evaluated at build time from the figures
 * they name, so that a derived value is never typed. Node and browser safe (pure), used by `seeds.ts`.
 *
 * Grammar: figure ids (kebab-case), plain numbers (`20`, `0.5`), `+ - * /`, unary minus and parentheses, e.g.
 * `ms-t1a-fy2024 / ms-t1a-fy2020 - 1`. Ids are read with their unit converted to a base unit (Wh, tonne, USD; `%` is
 * a fraction), so `img-sdxl-wh / phone-charge-2024` is a plain ratio whatever the units. The result is converted to
 * the derived row's unit: a row in `%` holding `a / b - 1` gets `(a / b − 1) × 100`.
 *
 * Dimensions are checked: terms added or subtracted must share one (energy, mass of CO2, money; `%`, `x`, credits,
 * counts and ratings are plain numbers), and the result must have the row's. A formula that mixes them throws.
 */
import type { Unit } from './schemas';

/** A dimension: exponents of the base quantities (`{ energy: 1 }` for Wh, `{}` for a plain number). */
type Dim = Readonly<Record<string, number>>;

/** Base unit factor and dimension of every unit a figure may carry. */
const UNIT_BASE: Record<Unit, { factor: number; dim: Dim }> = {
  Wh: { factor: 1, dim: { energy: 1 } },
  kWh: { factor: 1e3, dim: { energy: 1 } },
  MWh: { factor: 1e6, dim: { energy: 1 } },
  TWh: { factor: 1e12, dim: { energy: 1 } },
  tCO2e: { factor: 1, dim: { mass: 1 } },
  tCO2: { factor: 1, dim: { mass: 1 } },
  USD: { factor: 1, dim: { money: 1 } },
  '%': { factor: 0.01, dim: {} },
  x: { factor: 1, dim: {} },
  credits: { factor: 1, dim: {} },
  count: { factor: 1, dim: {} },
  rating: { factor: 1, dim: {} },
  year: { factor: 1, dim: { year: 1 } },
};

/** A parsed formula. */
export type Expr =
  | { op: 'num'; value: number }
  | { op: 'id'; id: string }
  | { op: 'neg'; arg: Expr }
  | { op: '+' | '-' | '*' | '/'; left: Expr; right: Expr };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([a-z0-9]+(?:-[a-z0-9]+)*)|([-+*/()]))/y;

/**
 * Parses a formula.
 * @throws Error naming the position of the first unexpected character
 */
export function parseFormula(src: string): Expr {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) throw new Error(`formula "${src}": unexpected "${src.slice(pos).trim()[0]}" at character ${pos + 1}`);
    tokens.push(m[1] ?? m[2] ?? m[3]!);
    pos = TOKEN.lastIndex;
  }
  let i = 0;
  const peek = () => tokens[i];
  const fail = (what: string): never => {
    throw new Error(`formula "${src}": ${what}`);
  };
  // Ids may start with a digit (`2030-target`) but a token of digits only is a number.
  const atom = (): Expr => {
    const t = tokens[i++];
    if (t === undefined) return fail('ends too early');
    if (t === '(') {
      const e = sum();
      if (tokens[i++] !== ')') fail('a parenthesis is not closed');
      return e;
    }
    if (t === '-') return { op: 'neg', arg: atom() };
    if (/^\d+(\.\d+)?$/.test(t)) return { op: 'num', value: Number(t) };
    if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(t)) return { op: 'id', id: t };
    return fail(`unexpected "${t}"`);
  };
  const product = (): Expr => {
    let e = atom();
    while (peek() === '*' || peek() === '/') {
      const op = tokens[i++] as '*' | '/';
      e = { op, left: e, right: atom() };
    }
    return e;
  };
  function sum(): Expr {
    let e = product();
    while (peek() === '+' || peek() === '-') {
      const op = tokens[i++] as '+' | '-';
      e = { op, left: e, right: product() };
    }
    return e;
  }
  const e = sum();
  if (i < tokens.length) fail(`unexpected "${tokens[i]}"`);
  return e;
}

/** The figure ids a formula names, in order, without repeats. */
export function formulaIds(e: Expr): string[] {
  const out = new Set<string>();
  const walk = (x: Expr): void => {
    if (x.op === 'id') out.add(x.id);
    else if (x.op === 'neg') walk(x.arg);
    else if (x.op !== 'num') {
      walk(x.left);
      walk(x.right);
    }
  };
  walk(e);
  return [...out];
}

const dimKey = (d: Dim) =>
  Object.entries(d)
    .filter(([, n]) => n !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => (n === 1 ? k : `${k}^${n}`))
    .join('·') || 'plain number';

const combine = (a: Dim, b: Dim, sign: 1 | -1): Dim => {
  const out: Record<string, number> = { ...a };
  for (const [k, n] of Object.entries(b)) out[k] = (out[k] ?? 0) + sign * n;
  return out;
};

/** An input of a formula: its value and unit. */
export interface FormulaInput {
  value: number;
  unit: Unit;
}

/**
 * Evaluates a parsed formula and converts the result to `unit`.
 * @param lookup the value and unit of a figure id (throws or returns undefined for an unknown id)
 * @throws Error on an unknown id, a division by zero, a non-finite result, added terms of different dimensions, or a
 *   result whose dimension is not the unit's
 */
export function evaluateFormula(e: Expr, unit: Unit, lookup: (id: string) => FormulaInput | undefined, src = ''): number {
  const where = src ? `formula "${src}"` : 'formula';
  const ev = (x: Expr): { v: number; dim: Dim } => {
    switch (x.op) {
      case 'num':
        return { v: x.value, dim: {} };
      case 'id': {
        const input = lookup(x.id);
        if (!input) throw new Error(`${where}: unknown figure id "${x.id}"`);
        const base = UNIT_BASE[input.unit];
        return { v: input.value * base.factor, dim: base.dim };
      }
      case 'neg': {
        const a = ev(x.arg);
        return { v: -a.v, dim: a.dim };
      }
      default: {
        const a = ev(x.left);
        const b = ev(x.right);
        if (x.op === '+' || x.op === '-') {
          if (dimKey(a.dim) !== dimKey(b.dim)) {
            throw new Error(`${where}: cannot ${x.op === '+' ? 'add' : 'subtract'} ${dimKey(b.dim)} ${x.op === '+' ? 'to' : 'from'} ${dimKey(a.dim)}`);
          }
          return { v: x.op === '+' ? a.v + b.v : a.v - b.v, dim: a.dim };
        }
        if (x.op === '/' && b.v === 0) throw new Error(`${where}: division by zero`);
        return { v: x.op === '*' ? a.v * b.v : a.v / b.v, dim: combine(a.dim, b.dim, x.op === '*' ? 1 : -1) };
      }
    }
  };
  const r = ev(e);
  const target = UNIT_BASE[unit];
  if (dimKey(r.dim) !== dimKey(target.dim)) {
    throw new Error(`${where}: gives a ${dimKey(r.dim)}, but the row's unit ${unit} is a ${dimKey(target.dim)}`);
  }
  const v = r.v / target.factor;
  if (!Number.isFinite(v)) throw new Error(`${where}: result is not a finite number`);
  return v;
}

/**
 * `value` stored in unit `from`, expressed in unit `to` (same dimension: Wh↔TWh, tCO2↔tCO2e), or undefined when the
 * two measure different things. Used to compare two figures (`{a>b?…}` in texts).
 */
export function convertUnit(value: number, from: Unit, to: Unit): number | undefined {
  const f = UNIT_BASE[from];
  const t = UNIT_BASE[to];
  return dimKey(f.dim) === dimKey(t.dim) ? (value * f.factor) / t.factor : undefined;
}

/** A formula as a reader reads it: `a / b − 1` with typographic operators (× ÷ −). */
export function formulaText(src: string): string {
  return src
    .replace(/\s*\*\s*/g, ' × ')
    .replace(/\s*\/\s*/g, ' / ')
    .replace(/\s+-\s+/g, ' − ')
    .replace(/\s+\+\s+/g, ' + ')
    .trim();
}
