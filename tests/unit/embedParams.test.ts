import { describe, it, expect } from 'vitest';
import { parseEmbedParams } from '../../src/lib/embedParams';

describe('parseEmbedParams(search, steps)', () => {
  it('parseEmbedParams("?step=3&theme=dark&static=1&childId=ex-1", 4) reads every parameter', () => {
    expect(parseEmbedParams('?step=3&theme=dark&static=1&childId=ex-1', 4)).toEqual({ step: 3, theme: 'dark', static: true, childId: 'ex-1', since: null });
  });
  it('parseEmbedParams("", 4) gives the defaults: no step, theme auto, not static, no childId', () => {
    expect(parseEmbedParams('', 4)).toEqual({ step: null, theme: 'auto', static: false, childId: null, since: null });
  });
  it.each(['<script>', '999', '5', '0', '-1', '2.0', '1e1', ' 2', '0x2', '1000', '', '２'])('parseEmbedParams("?step=%s", 4) ignores the step', (v) => {
    expect(parseEmbedParams(`?step=${encodeURIComponent(v)}`, 4).step).toBeNull();
  });
  it('parseEmbedParams accepts step 1 and the last step, counted from 1', () => {
    expect(parseEmbedParams('step=1', 4).step).toBe(1);
    expect(parseEmbedParams('step=4', 4).step).toBe(4);
    expect(parseEmbedParams('step=004', 4).step).toBe(4);
  });
  it.each(['x', 'DARK', 'dark ', '<b>', ''])('parseEmbedParams("?theme=%s") falls back to auto', (v) => {
    expect(parseEmbedParams(`?theme=${encodeURIComponent(v)}`, 4).theme).toBe('auto');
  });
  it('parseEmbedParams keeps only static=1 and a plain childId', () => {
    expect(parseEmbedParams('static=true', 4).static).toBe(false);
    expect(parseEmbedParams('static=1', 4).static).toBe(true);
    expect(parseEmbedParams('childId=%3Cimg%20src%3Dx%3E', 4).childId).toBeNull();
    expect(parseEmbedParams(`childId=${'a'.repeat(65)}`, 4).childId).toBeNull();
  });
  it('parseEmbedParams takes a URLSearchParams too and never throws', () => {
    expect(parseEmbedParams(new URLSearchParams({ step: '2' }), 3).step).toBe(2);
    expect(() => parseEmbedParams('%E0%A4%A', 3)).not.toThrow();
  });
});

describe('parseEmbedParams(search, steps, now).since', () => {
  const now = Date.UTC(2026, 11, 1, 12); // 2026-12-01 12:00 UTC
  it('parseEmbedParams("?since=2026-11-15") keeps a past calendar date, and today, and tomorrow (time zones)', () => {
    expect(parseEmbedParams('?since=2026-11-15', 4, now).since).toBe('2026-11-15');
    expect(parseEmbedParams('?since=2026-12-01', 4, now).since).toBe('2026-12-01');
    expect(parseEmbedParams('?since=2026-12-02', 4, now).since).toBe('2026-12-02');
  });
  it.each(['2026-12-05', '2099-01-01', '2026-02-30', '2026-13-01', '26-11-15', '2026-11-15T00:00', '2026/11/15', '1999-12-31', 'yesterday', '', '2026-11-15<script>', '"><img src=x onerror=alert(1)>', '２０２６-１１-１５'])(
    'parseEmbedParams("?since=%s") ignores it (future, not a date, garbage)',
    (v) => {
      expect(parseEmbedParams(`?since=${encodeURIComponent(v)}`, 4, now).since).toBeNull();
    },
  );
});
