import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../src/lib/typography.mjs';

describe('frenchSpacing', () => {
  it('puts a no-break space before a colon and narrow ones before ; ! ? and inside « »', () => {
    expect(frenchSpacing('Le verdict : « faible » ; vraiment ?')).toBe('Le verdict\u00a0: «\u202ffaible\u202f»\u202f; vraiment\u202f?');
  });
  it('leaves URLs and times alone', () => {
    expect(frenchSpacing('https://example.org à 14:00')).toBe('https://example.org à 14:00');
  });
});
