// Runtime: both (Node at build time, browser).
/** Escapes text and attribute values for XML and HTML (`&`, `<`, `>`, `"`). */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
