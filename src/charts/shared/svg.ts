/**
 * Serialises a scene to an SVG string (build time). Text is escaped; attribute names are checked so that nothing
 * but SVG attributes gets in.
 */
import { escapeXml } from '../../lib/escape';
import type { Mark, Scene } from './scene';

const ATTR_NAME = /^[a-z][a-z0-9-]*$/;

/** Attributes whose numbers are geometry (user units): written with at most one decimal (0.1 unit ≤ 0.05 px on a phone). */
const GEOMETRY = new Set(['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'points']);

/** A geometry value with every number rounded to one decimal (`598.67` → `598.7`, `12.0` → `12`). */
function roundGeometry(v: string | number): string {
  if (typeof v === 'number') return String(Math.round(v * 10) / 10);
  return v.replace(/-?\d*\.\d+(?:e-?\d+)?/gi, (n) => String(Math.round(Number(n) * 10) / 10));
}

/**
 * One mark as an SVG element string with `data-key`; geometry numbers rounded to one decimal (lighter HTML).
 * @throws Error on an attribute name that is not plain
 */
export function markToSvg(m: Mark): string {
  const attrs = Object.entries(m.attrs)
    .map(([k, v]) => {
      if (!ATTR_NAME.test(k)) throw new Error(`Mark "${m.key}": bad attribute name "${k}"`);
      return ` ${k}="${escapeXml(GEOMETRY.has(k) ? roundGeometry(v as string | number) : String(v))}"`;
    })
    .join('');
  const open = `<${m.type} data-key="${escapeXml(m.key)}"${attrs}`;
  return m.type === 'text' ? `${open}>${escapeXml(m.text ?? '')}</text>` : `${open}/>`;
}

export interface SvgOptions {
  /** Extra attributes on the root, e.g. `class`, `role`, `aria-label`, `data-*`. Values are escaped. */
  attrs?: Record<string, string>;
  /** Content inserted first inside the root (e.g. `<title>`, `<defs>`, an embedded `<style>`), already safe. */
  prefix?: string;
  /** Inside an HTML page: no `xmlns` (the HTML parser puts `<svg>` in the SVG namespace). Default false (a file). */
  inHtml?: boolean;
}

/** A whole scene as `<svg viewBox=…>` with its marks, in order. */
export function sceneToSvg(scene: Scene, options: SvgOptions = {}): string {
  const attrs = Object.entries(options.attrs ?? {})
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  return (
    `<svg${options.inHtml ? '' : ' xmlns="http://www.w3.org/2000/svg"'} viewBox="0 0 ${scene.width} ${scene.height}"${attrs}>` +
    (options.prefix ?? '') +
    scene.marks.map(markToSvg).join('') +
    '</svg>'
  );
}
