/**
 * Inline scripts and styles under the Content-Security-Policy: Astro hashes the scripts and styles it bundles, not
 * `is:inline` ones; a component that needs an inline script (set before first paint, so it cannot be a module) renders
 * the code with `<script is:inline set:html={code} />` and registers its hash with
 * `Astro.csp.insertScriptHash(cspScriptHash(code))`; an inline style built from data (src/components/DataTableLabels.astro)
 * does the same with `insertStyleHash(cspStyleHash(css))`. Build-time only (Node's crypto).
 */
import { createHash } from 'node:crypto';

/**
 * The CSP source expression of a script's exact text: `sha256-<base64 digest>`.
 * @param code the script element's whole text content, byte for byte as rendered
 */
export function cspScriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/** The same digest for a style element's whole text content (CSP hashes scripts and styles alike). */
export const cspStyleHash = cspScriptHash;
