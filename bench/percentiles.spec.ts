import { percentile, summarize } from './percentiles';

describe('percentiles', () => {
  describe('percentile', () => {
    it('should return null when there are no samples', () => {
      expect(percentile([], 50)).toBeNull();
    });

    it('should use the nearest rank when the rank falls between samples', () => {
      const sorted = [15, 20, 35, 40, 50];

      expect(percentile(sorted, 30)).toBe(20);
      expect(percentile(sorted, 40)).toBe(20);
      expect(percentile(sorted, 50)).toBe(35);
      expect(percentile(sorted, 100)).toBe(50);
    });

    it('should return the smallest sample for p0 and the only sample when there is one', () => {
      expect(percentile([3, 9], 0)).toBe(3);
      expect(percentile([7], 99)).toBe(7);
    });

    it('should pick exact ranks on 1..100', () => {
      const sorted = Array.from({ length: 100 }, (_, i) => i + 1);

      expect([50, 95, 99].map((p) => percentile(sorted, p))).toEqual([50, 95, 99]);
    });

    it('should throw when p is outside 0..100', () => {
      expect(() => percentile([1], 101)).toThrow(RangeError);
      expect(() => percentile([1], -1)).toThrow(RangeError);
      expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
    });
  });

  describe('summarize', () => {
    it('should sort unordered samples and round to 0.1', () => {
      const samples = Array.from({ length: 1000 }, (_, i) => 1000 - i + 0.04);

      const summary = summarize(samples);

      expect(summary).toEqual({ count: 1000, p50: 500, p95: 950, p99: 990, max: 1000 });
    });

    it('should report nulls when there are no samples', () => {
      expect(summarize([])).toEqual({ count: 0, p50: null, p95: null, p99: null, max: null });
    });

    it("should not reorder the caller's array", () => {
      const samples = [3, 1, 2];

      summarize(samples);

      expect(samples).toEqual([3, 1, 2]);
    });
  });
});
