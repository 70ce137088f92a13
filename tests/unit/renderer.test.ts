import { describe, it, expect } from 'vitest';
import { interpolateString, easeCubicInOut } from '../../src/client/renderer';

describe('interpolateString(a, b) (the renderer’s attribute tween)', () => {
  it('interpolateString("M0,10L20,30", "M10,0L40,30")(0.5) moves every number halfway, keeping b’s letters', () => {
    expect(interpolateString('M0,10L20,30', 'M10,0L40,30')(0.5)).toBe('M5,5L30,30');
  });
  it('ends exactly on b, and numbers b has beyond a’s stay at b’s value', () => {
    expect(interpolateString('M0,0', 'M10,10L20,20')(1)).toBe('M10,10L20,20');
    expect(interpolateString('M0,0', 'M10,10L20,20')(0.5)).toBe('M5,5L20,20');
    expect(interpolateString(null, '42.5')(0.3)).toBe('42.5');
    expect(interpolateString('1e2', '-50')(0.5)).toBe('25');
  });
});

describe('easeCubicInOut(t)', () => {
  it('is 0 at 0, ½ at ½, 1 at 1, slow at both ends', () => {
    expect([easeCubicInOut(0), easeCubicInOut(0.5), easeCubicInOut(1)]).toEqual([0, 0.5, 1]);
    expect(easeCubicInOut(0.1)).toBeCloseTo(0.004, 3);
    expect(easeCubicInOut(0.9)).toBeCloseTo(0.996, 3);
  });
});
