import { describe, it, expect } from 'vitest';
import { resolveSite, PLACEHOLDER_SITE } from '../../scripts/site-url.mjs';

describe('resolveSite(env, { building }) (astro.config.mjs)', () => {
  it('returns SITE_URL when it is an http(s) URL, silently', () => {
    const said: string[] = [];
    expect(resolveSite({ SITE_URL: 'https://example.org' }, { building: true, warn: (s: string) => said.push(s) })).toBe('https://example.org');
    expect(said).toEqual([]);
  });
  it('a build without SITE_URL uses the placeholder and warns, naming oEmbed, og:image, canonical links and the fix', () => {
    const said: string[] = [];
    expect(resolveSite({}, { building: true, warn: (s: string) => said.push(s) })).toBe(PLACEHOLDER_SITE);
    expect(said.join('')).toMatch(/WARNING SITE_URL is not set/);
    for (const w of ['oembed.json', 'og:image', 'canonical', 'SITE_URL=https://']) expect(said.join('')).toContain(w);
  });
  it('a CI build without SITE_URL fails, unless ALLOW_PLACEHOLDER_SITE=1', () => {
    expect(() => resolveSite({ CI: 'true' }, { building: true, warn: () => {} })).toThrow(/CI build: failing/);
    expect(resolveSite({ CI: 'true', ALLOW_PLACEHOLDER_SITE: '1' }, { building: true, warn: () => {} })).toBe(PLACEHOLDER_SITE);
  });
  it('rejects a SITE_URL that is not an http(s) URL, with a clear message', () => {
    expect(() => resolveSite({ SITE_URL: 'example.org' }, { building: true })).toThrow(/SITE_URL="example.org" is not a URL/);
    expect(() => resolveSite({ SITE_URL: 'ftp://example.org' }, { building: true })).toThrow(/http:\/\/ or https:\/\//);
  });
});
