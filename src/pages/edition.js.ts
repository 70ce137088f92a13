/**
 * `/edition.js`: the site root's script (an external file, so a strict CSP with `script-src 'self'` allows it). It
 * sends the reader to the edition that matches `navigator.languages` (see src/client/pickEdition.ts), keeping the hash.
 */
import type { APIRoute } from 'astro';
import { pickEdition } from '../client/pickEdition';

export const GET: APIRoute = () =>
  new Response(
    `(function(){var pickEdition=${pickEdition.toString()};` +
      `var to=pickEdition(navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||'']);` +
      `location.replace('/'+to+'/'+location.hash);})();\n`,
    { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } },
  );
