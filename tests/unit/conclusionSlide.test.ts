/** conclusionOf(body): the classroom view's closing slide, read from the last chapter's MDX (src/lib/conclusion.ts). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { conclusionOf } from '../../src/lib/conclusion';

const body = (file: string) => readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');

describe('conclusionOf(body)', () => {
  it('takes the heading of the last list, each item\'s bold lead, and the paragraph after it', () => {
    const md = ['Intro.', '## What to keep', '- **First point**, with detail.\n- Second <Fig id="x" /> point.', '<Aside />', 'Closing *words*.'].join('\n\n');
    expect(conclusionOf(md)).toEqual({ heading: 'What to keep', items: ['First point', 'Second point'], closing: 'Closing words.' });
  });
  it('is null without a list or a body', () => {
    expect(conclusionOf('Just prose.\n\nMore.')).toBeNull();
    expect(conclusionOf(undefined)).toBeNull();
  });
  it('gives the French conclusion chapter a slide of takeaways, without markup', () => {
    const c = conclusionOf(body('content/fr/05-conclusion.mdx'))!;
    expect(c.items.length).toBeGreaterThanOrEqual(2);
    for (const i of [c.heading, c.closing, ...c.items]) expect(i).not.toMatch(/[<>*]|\s{2}/);
  });
});
