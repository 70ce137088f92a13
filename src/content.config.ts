/**
 * Content collections: the chapters only (MDX per locale), the one content that pages query. The seeds (figures,
 * sources, claims) are read and validated by `loadSeeds()` (src/data/seeds.ts, zod schemas of data/schemas.ts: errors
 * name file, row and field), glossary and corrections by their loaders (src/lib/glossary.ts, src/data/corrections.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Chapters: `content/<locale>/NN-slug.mdx`, with a title and a kicker. */
const chapters = defineCollection({
  loader: glob({ pattern: '*/[0-9][0-9]-*.mdx', base: './content' }),
  schema: z.object({
    title: z.string().min(1),
    kicker: z.string().min(1),
    /** Discussion questions for the classroom view and the printed handout. */
    questions: z.array(z.string()).default([]),
  }),
});

export const collections = { chapters };
