// Runtime: both (Node at build time, browser).
/** YAML parsing for content files (js-yaml), naming the file on a syntax error. */
import { load } from 'js-yaml';

/** Parses YAML text. @throws Error `"<file>: invalid YAML: …"` */
export function parseYaml(text: string, file: string): unknown {
  try {
    return load(text);
  } catch (e) {
    throw new Error(`${file}: invalid YAML: ${(e as Error).message}`);
  }
}
