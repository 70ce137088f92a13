/**
 * Content collections. The seeds are validated by `loadSeeds()` with the zod schemas of `data/schemas.ts` (from
 * `astro/zod`; errors name file, row and field) before they become collections, so a bad row fails the build; chapters are MDX files per locale.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { loadSeeds } from './data/seeds';

const figures = defineCollection({
  // Rows are parsed by FigureSchema inside loadSeeds (messages name file, row and field); entries are its output.
  loader: async () => [...loadSeeds().figures.values()],
});

const sources = defineCollection({
  loader: async () => [...loadSeeds().sources.values()],
});

const claims = defineCollection({
  loader: async () => loadSeeds().claims.map((c) => ({ ...c })),
});

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

export const collections = { figures, sources, claims, chapters };
