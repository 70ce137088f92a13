/**
 * Resolves the chart stylesheet (`src/styles/chart.css`, colours from the light theme of `src/styles/tokens.css`)
 * into inline `style` attributes, for SVG files that must look the same outside the site (downloads, PNG, Open Graph
 * images). A small CSS subset is understood — the one chart.css uses: selector lists of compounds (`tag`, `.class`,
 * `[attr='v']`) joined by descendant combinators, where every compound but the last matches the root `<svg>`;
 * `var(--x)`, `color-mix(in srgb, A p%, B)`. Rules inside `@media` are skipped. Build time only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Properties copied to marks (the rest, e.g. transitions, has no meaning in a still image). */
const PROPS = new Set(['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-weight', 'font-family', 'font-variant-numeric']);

interface Compound {
  tag?: string;
  classes: string[];
  attrs: [string, string][];
}
interface Rule {
  chain: Compound[];
  spec: number;
  order: number;
  decls: [string, string][];
}

/** The element an inline-style lookup is about. */
export interface StyledNode {
  tag: string;
  classes: string[];
  attrs: Record<string, string>;
}

const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** The light half of a `light-dark(light, dark)` value (colours without commas, as in tokens.css); other values as they are. */
const lightHalf = (v: string): string => /^light-dark\(\s*([^,]+?)\s*,[^)]*\)$/.exec(v)?.[1] ?? v;

/** The light-theme custom properties: the first `:root { … }` block of tokens.css, `light-dark()` pairs resolved to light. */
export function lightTokens(css: string): Map<string, string> {
  const m = stripComments(css).match(/:root\s*\{([^}]*)\}/);
  const out = new Map<string, string>();
  for (const d of (m?.[1] ?? '').split(';')) {
    const i = d.indexOf(':');
    if (i > 0 && d.trim().startsWith('--')) out.set(d.slice(0, i).trim(), lightHalf(d.slice(i + 1).trim()));
  }
  return out;
}

function parseCompound(s: string): Compound | null {
  const c: Compound = { classes: [], attrs: [] };
  const re = /^([a-z][a-z0-9]*)|\.([a-zA-Z0-9_-]+)|\[([a-zA-Z-]+)=['"]?([^'"\]]*)['"]?\]/g;
  let rest = s;
  let m: RegExpExecArray | null;
  let consumed = 0;
  re.lastIndex = 0;
  while ((m = re.exec(s))) {
    if (m.index !== consumed) return null;
    consumed = re.lastIndex;
    if (m[1]) c.tag = m[1];
    else if (m[2]) c.classes.push(m[2]);
    else if (m[3]) c.attrs.push([m[3], m[4] ?? '']);
  }
  rest = s.slice(consumed);
  return rest === '' ? c : null;
}

/** Splits a selector into compounds at descendant/child combinators, keeping `[attr='a b']` whole. */
function splitCompounds(sel: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  for (const ch of sel.trim()) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (depth === 0 && (ch === ' ' || ch === '>' || ch === '\n' || ch === '\t')) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/** Parses the rules of a stylesheet outside `@media`. Unknown selectors are skipped. */
export function parseRules(css: string): Rule[] {
  const src = stripComments(css);
  const rules: Rule[] = [];
  const stack: string[] = [];
  let buf = '';
  let order = 0;
  for (const ch of src) {
    if (ch === '{') {
      stack.push(buf.trim());
      buf = '';
    } else if (ch === '}') {
      const head = stack.pop() ?? '';
      const inMedia = stack.some((h) => h.startsWith('@media') || h.startsWith('@supports'));
      if (!head.startsWith('@') && !inMedia && buf.trim()) {
        const decls = buf
          .split(';')
          .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()] as [string, string])
          .filter(([k, v]) => k && v && PROPS.has(k));
        for (const sel of head.split(',')) {
          const parts = splitCompounds(sel);
          const chain = parts.map(parseCompound);
          if (chain.some((c) => c === null) || chain.length === 0) continue;
          const cs = chain as Compound[];
          const spec = cs.reduce((n, c) => n + (c.classes.length + c.attrs.length) * 100 + (c.tag ? 1 : 0), 0);
          rules.push({ chain: cs, spec, order: order++, decls });
        }
      }
      buf = '';
    } else buf += ch;
  }
  return rules;
}

const matches = (c: Compound, n: StyledNode) =>
  (!c.tag || c.tag === n.tag) && c.classes.every((k) => n.classes.includes(k)) && c.attrs.every(([k, v]) => n.attrs[k] === v);

function hex(c: string): [number, number, number] | null {
  const m = c.trim().match(/^#([0-9a-f]{6})$/i);
  if (!m) return null;
  const v = parseInt(m[1]!, 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** Resolves `var()` and `color-mix(in srgb, …)`; returns null for values a still image cannot use (`url(#…)`). */
export function resolveValue(v: string, tokens: ReadonlyMap<string, string>): string | null {
  let out = v;
  for (let i = 0; i < 5 && out.includes('var('); i++) {
    out = out.replace(/var\((--[a-z0-9-]+)(?:,\s*([^)]+))?\)/gi, (_, name: string, fb?: string) => tokens.get(name) ?? fb ?? '');
  }
  out = out.replace(/color-mix\(in srgb,\s*(#[0-9a-f]{6})\s+(\d+(?:\.\d+)?)%,\s*(#[0-9a-f]{6})\s*\)/gi, (all, a: string, p: string, b: string) => {
    const x = hex(a);
    const y = hex(b);
    if (!x || !y) return all;
    const t = Number(p) / 100;
    return '#' + x.map((xv, i) => Math.round(xv * t + y[i]! * (1 - t)).toString(16).padStart(2, '0')).join('');
  });
  if (/url\(|var\(|color-mix/.test(out) || out === '') return null;
  return out;
}

/** A style resolver for one stylesheet and token set. */
export interface Styler {
  /** The declarations that apply to `node` (a mark whose parent is `root`), in cascade order, as a style string. */
  style(node: StyledNode, root: StyledNode): Record<string, string>;
}

/**
 * Builds a styler from CSS text.
 * @param chartCss the chart stylesheet
 * @param tokensCss the tokens stylesheet (light values are read from its first `:root` block)
 */
export function createStyler(chartCss: string, tokensCss: string): Styler {
  const rules = parseRules(chartCss).sort((a, b) => a.spec - b.spec || a.order - b.order);
  const tokens = lightTokens(tokensCss);
  return {
    style(node, root) {
      const out: Record<string, string> = {};
      for (const r of rules) {
        const last = r.chain[r.chain.length - 1]!;
        const ancestors = r.chain.slice(0, -1);
        const selfOk = matches(last, node);
        const ancOk = ancestors.every((c) => matches(c, root));
        // A rule with ancestors applies to a mark (child of root); a single compound may match the mark or, inherited,
        // the root (fonts).
        if (!(selfOk && (ancestors.length === 0 ? true : ancOk))) continue;
        for (const [k, v] of r.decls) {
          const val = resolveValue(v, tokens);
          if (val !== null) out[k] = val;
        }
      }
      return out;
    },
  };
}

let cached: Styler | undefined;
/** The styler for the project's stylesheets, read once from `src/styles/`. */
export function projectStyler(root: string = process.cwd()): Styler {
  cached ??= createStyler(readFileSync(join(root, 'src/styles/chart.css'), 'utf8'), readFileSync(join(root, 'src/styles/tokens.css'), 'utf8'));
  return cached;
}

/** tokens.css's light-theme values, read once per project root. */
const tokensByRoot = new Map<string, Map<string, string>>();
/** The light-theme value of a token (e.g. `--cc-text`). @throws Error when it is not defined */
export function token(name: string, root: string = process.cwd()): string {
  let tokens = tokensByRoot.get(root);
  if (!tokens) tokensByRoot.set(root, (tokens = lightTokens(readFileSync(join(root, 'src/styles/tokens.css'), 'utf8'))));
  const v = tokens.get(name);
  if (!v) throw new Error(`token ${name} is not defined in src/styles/tokens.css`);
  return v;
}
