/**
 * An Astro integration that adds `<link rel="modulepreload">` for the static imports of every page's module scripts
 * (Astro does not: withastro/astro#8804 was closed). The story's entry script imports two shared chunks (the chart
 * element, the step images' loader); without the links the browser learns of them only once the entry has arrived
 * and been parsed, one more round trip before the charts can draw. The links sit just before the entry's `<script>`
 * tag, so the fonts in `<head>` keep their head start. Dynamic imports (the renderer, loaded when a chart first moves)
 * are left out on purpose.
 *
 * `staticImports(code)`: the relative specifiers of a built module's static imports (`import"./a.js"`,
 * `import{x}from"./b.js"`, `export*from"./c.js"`); `import("./d.js")` is not one.
 * @throws Error (build) when an entry or chunk a page names is missing from the build output
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @param {string} code a built ES module
 * @returns {string[]} its static import specifiers that start with `./` or `../`, in order, each once
 */
export function staticImports(code) {
  const out = new Set();
  for (const m of code.matchAll(/\b(?:import|from)\s*(["'])(\.{1,2}\/[^"']+)\1/g)) out.add(m[2]);
  return [...out];
}

/** @returns {import('astro').AstroIntegration} */
export function modulePreload() {
  return {
    name: 'module-preload',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        /** URL path → its static imports' URL paths (transitive, depth first). */
        const deps = (path, seen = new Set()) => {
          let code;
          try {
            code = readFileSync(join(root, path), 'utf8');
          } catch {
            throw new Error(`module-preload: ${path} is named by a page but missing from the build`);
          }
          for (const spec of staticImports(code)) {
            const url = posix.normalize(posix.join(posix.dirname(path), spec));
            if (!seen.has(url)) {
              seen.add(url);
              deps(url, seen);
            }
          }
          return seen;
        };
        let pages = 0;
        let links = 0;
        for (const f of readdirSync(root, { recursive: true })) {
          if (!String(f).endsWith('.html')) continue;
          const file = join(root, String(f));
          const html = readFileSync(file, 'utf8');
          const done = new Set();
          const next = html.replace(/<script type="module" src="(\/[^"]+\.js)"[^>]*><\/script>/g, (tag, src) => {
            const add = [...deps(src)].filter((u) => !done.has(u) && u !== src && !html.includes(`src="${u}"`));
            for (const u of add) done.add(u);
            links += add.length;
            return add.map((u) => `<link rel="modulepreload" href="${u}">`).join('') + tag;
          });
          if (next !== html) {
            writeFileSync(file, next);
            pages++;
          }
        }
        logger.info(`${links} modulepreload links on ${pages} pages`);
      },
    },
  };
}
