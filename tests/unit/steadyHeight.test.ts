import { describe, expect, it } from 'vitest';
import { nextSteadySize } from '../../src/lib/steadyHeight';

describe('nextSteadySize', () => {
  it('nextSteadySize(null, size) starts from the window size', () => {
    expect(nextSteadySize(null, { width: 375, height: 740 })).toEqual({ width: 375, height: 740 });
  });
  it('ignores a height-only change under 120 px (the toolbar showing or hiding)', () => {
    const s = { width: 375, height: 740 };
    expect(nextSteadySize(s, { width: 375, height: 680 })).toBe(s);
    expect(nextSteadySize(s, { width: 375, height: 800 })).toBe(s);
  });
  it('follows a height change of 120 px or more, and any width change', () => {
    const s = { width: 375, height: 740 };
    expect(nextSteadySize(s, { width: 375, height: 540 })).toEqual({ width: 375, height: 540 });
    expect(nextSteadySize(s, { width: 740, height: 375 })).toEqual({ width: 740, height: 375 });
    expect(nextSteadySize(s, { width: 390, height: 700 })).toEqual({ width: 390, height: 700 });
  });
});
