/**
 * Every module in its layer. src/lib is the bottom layer (formats, text, URLs, the scroller adapter): it imports from
 * src/data, src/i18n and itself, never from src/charts or src/components. Each src/lib module says on its first line
 * where it runs (`// Runtime: node | browser | both`), and that claim is checked against what it imports; browser code
 * (src/client) never reaches a Node-only module.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const LIB = 'src/lib';
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|mjs)$/.test(e.name) ? [join(dir, e.name)] : []));

/** Value imports of a module (type-only imports are erased and do not count): bare specifiers and resolved paths. */
function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/^\s*(import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s)?['"]([^'"]+)['"]/gm)) {
    const spec = m[2]!;
    if (!spec.startsWith('.')) {
      out.push(spec);
      continue;
    }
    const base = resolve(dirname(file), spec);
    const hit = [base, `${base}.ts`, `${base}.mjs`, join(base, 'index.ts')].find((p) => existsSync(p) && !p.endsWith('/'));
    out.push(hit ? relative(process.cwd(), hit) : spec);
  }
  return out;
}

/** True when the module, or a module it imports (transitively, in src/), imports a `node:` built-in. */
function reachesNode(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  return imports(file).some((s) => s.startsWith('node:') || (s.startsWith('src/') && /\.(ts|mjs)$/.test(s) && reachesNode(s, seen)));
}

const runtime = (file: string): string | undefined => /^\/\/ Runtime: (node|browser|both)\b/.exec(readFileSync(file, 'utf8'))?.[1];

describe('src/lib', () => {
  it('imports nothing from src/charts or src/components', () => {
    const bad = files(LIB).flatMap((f) => imports(f).filter((s) => /^src\/(charts|components)\//.test(s)).map((s) => `${f} → ${s}`));
    expect(bad).toEqual([]);
  });
  it('says on its first line where each module runs, and that claim holds', () => {
    for (const f of files(LIB)) {
      const r = runtime(f);
      expect(r, `${f}: first line "// Runtime: node | browser | both"`).toBeDefined();
      expect(reachesNode(f) ? 'node' : 'not node', f).toBe(r === 'node' ? 'node' : 'not node');
    }
  });
});

describe('src/client', () => {
  it('imports no Node-only module, directly or through another module', () => {
    for (const f of files('src/client')) {
      for (const s of imports(f).filter((s) => s.startsWith('src/lib/'))) expect(runtime(s), `${f} → ${s}`).not.toBe('node');
      expect(reachesNode(f), f).toBe(false);
    }
  });
});

describe('src/content.config.ts', () => {
  it('defines only collections that some page or component queries', () => {
    const names = /export const collections = \{([^}]*)\}/.exec(readFileSync('src/content.config.ts', 'utf8'))![1]!.split(',').map((s) => s.trim()).filter(Boolean);
    const users = [...files('src'), ...readdirSync('src', { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.astro')).map((e) => join(e.parentPath, e.name))]
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const n of names) expect(users, n).toMatch(new RegExp(`get(Collection|Entry)\\(\\s*'${n}'`));
  });
});
