/** Site-wide facts: the date of the last update of the story (ISO), shown in the header and on the sources page. */
export const UPDATED = '2026-12-01';
