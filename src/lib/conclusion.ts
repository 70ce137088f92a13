// Runtime: both (Node at build time, browser).
/** The classroom view's conclusion slide, read from the last chapter's MDX body. */

/** The conclusion slide's words: a lead heading, the takeaways, a closing line ('' when absent). */
export interface Conclusion {
  heading: string;
  items: string[];
  closing: string;
}

/**
 * The closing slide, from the last chapter's text: its title, the heading of its last bullet list and each item's bold
 * lead (the whole item, tags stripped, when it has none), then the paragraph after the list. Null when the last
 * chapter has no list. Markdown emphasis and tags are stripped; whitespace is collapsed.
 * @param body the chapter's MDX body (frontmatter excluded)
 */
export function conclusionOf(body: string | undefined): Conclusion | null {
  if (!body) return null;
  const plain = (x: string) => x.replace(/<[^>]*>/g, '').replace(/\*\*|__|\*/g, '').replace(/\s+/g, ' ').trim();
  const blocks = body.split(/\n\s*\n/);
  let last = -1;
  blocks.forEach((b, i) => {
    if (/^\s*- /.test(b)) last = i;
  });
  if (last < 0) return null;
  const items = blocks[last]!.split(/\n(?=\s*- )/).map((li) => {
    const bold = /\*\*(.+?)\*\*/.exec(li);
    return plain(bold ? bold[1]! : li.replace(/^\s*- /, '')).replace(/[\s,.:;]+$/, '');
  });
  const heading = blocks.slice(0, last).reverse().find((b) => /^#{2,3} /.test(b.trim()));
  const after = blocks.slice(last + 1).find((b) => plain(b) && !/^\s*</.test(b.trim()));
  return { heading: heading ? plain(heading.replace(/^\s*#+ /, '')) : '', items: items.filter(Boolean), closing: after ? plain(after) : '' };
}
