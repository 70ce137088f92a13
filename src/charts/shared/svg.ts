/**
 * Serialises a scene to an SVG string (build time). Text is escaped; attribute names are checked so that nothing
 * but SVG attributes gets in.
 */
import { escapeXml } from '../../lib/escape';
import type { Mark, Scene } from './scene';

const ATTR_NAME = /^[a-z][a-z0-9-]*$/;

/** One mark as an SVG element string with `data-key`. @throws Error on an attribute name that is not plain */
export function markToSvg(m: Mark): string {
  const attrs = Object.entries(m.attrs)
    .map(([k, v]) => {
      if (!ATTR_NAME.test(k)) throw new Error(`Mark "${m.key}": bad attribute name "${k}"`);
      return ` ${k}="${escapeXml(String(v))}"`;
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
}

/** A whole scene as `<svg viewBox=…>` with its marks, in order. */
export function sceneToSvg(scene: Scene, options: SvgOptions = {}): string {
  const attrs = Object.entries(options.attrs ?? {})
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${scene.width} ${scene.height}"${attrs}>` +
    (options.prefix ?? '') +
    scene.marks.map(markToSvg).join('') +
    '</svg>'
  );
}
