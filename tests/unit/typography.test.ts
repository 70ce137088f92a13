import { describe, expect, it } from 'vitest';
import { bindTerms, frenchNumbers, frenchSpacing } from '../../src/lib/typography.mjs';

describe('frenchSpacing', () => {
  it('puts a no-break space before a colon and narrow ones before ; ! ? and inside « »', () => {
    expect(frenchSpacing('Le verdict : « faible » ; vraiment ?')).toBe('Le verdict\u00a0: «\u202ffaible\u202f»\u202f; vraiment\u202f?');
  });
  it('leaves URLs and times alone', () => {
    expect(frenchSpacing('https://example.org à 14:00')).toBe('https://example.org à 14:00');
  });
});

describe('frenchNumbers', () => {
  it('puts narrow no-break spaces between digit groups and before units typed with ordinary spaces', () => {
    expect(frenchNumbers('recharge de 22 Wh, 1 000 images, 415 TWh (1,5 %), 35 M$')).toBe(
      'recharge de 22\u202fWh, 1\u202f000 images, 415\u202fTWh (1,5\u202f%), 35\u202fM$',
    );
  });
  it('leaves years and numbers that are not a digit group alone', () => {
    expect(frenchNumbers('en 2023 100 projets, 2 à 3 fois, 12 Whales')).toBe('en 2023 100 projets, 2 à 3 fois, 12 Whales');
  });
});

describe('bindTerms', () => {
  const term = (w: string) =>
    `<button type="button" class="term" popovertarget="d">${w}</button><span class="term-pop" popover id="d"><strong>${w}</strong> <span class="term-pop__actions"><a href="#g">Tout</a></span></span>`;
  it('wraps « ( » before a term and « ), » after it with the term in one unbreakable span', () => {
    expect(bindTerms(`<p>11,5 Wh (${term('wattheures')}), soit</p>`)).toBe(`<p>11,5 Wh <span class="term-nobr">(${term('wattheures')}),</span> soit</p>`);
  });
  it('wraps « l’ » with the term after it', () => {
    expect(bindTerms(`<p>C’est l’${term('année')} de</p>`)).toBe(`<p>C’est <span class="term-nobr">l’${term('année')}</span> de</p>`);
  });
  it('leaves a term between spaces as it is', () => {
    const html = `<p>le ${term('scope 1')} et</p>`;
    expect(bindTerms(html)).toBe(html);
  });
});
