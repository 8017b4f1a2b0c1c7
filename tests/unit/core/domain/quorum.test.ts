import { describe, expect, it } from 'vitest';
import {
  ceilFraction,
  computeQuorum,
  percentOf,
  votesToPass,
} from '../../../../core/domain/quorum';
import { ruleSet } from '../../../../core/rules/ruleSets';

const rules = ruleSet('law-10-2022');
const twoThirds = rules.quorum.value;
const half = rules.passFraction.value;

/** ⌈2b/3⌉ in BigInt: floor((2b + 2) / 3), no floating point anywhere. */
function neededExact(base: number): number {
  return Number((2n * BigInt(base) + 2n) / 3n);
}

describe('quorum R1 — at least two thirds present (Luật 10/2022 Điều 51.2.c)', () => {
  it('uses 2/3 from the rule set', () => {
    expect(twoThirds).toEqual({ numerator: 2, denominator: 3 });
  });

  it('needs exactly ⌈2 × base / 3⌉ for every base from 1 to 3000', () => {
    for (let base = 1; base <= 3000; base += 1) {
      const needed = neededExact(base);
      const b = BigInt(base);
      // The definition itself, in integers: 3 × needed ≥ 2 × base and 3 × (needed − 1) < 2 × base.
      expect(3n * BigInt(needed) >= 2n * b && 3n * BigInt(needed - 1) < 2n * b).toBe(true);
      expect(ceilFraction(base, twoThirds)).toBe(needed);
      const quorum = computeQuorum(needed, base, twoThirds);
      expect(quorum.needed).toBe(needed);
      expect(quorum.reached).toBe(true);
      expect(computeQuorum(needed - 1, base, twoThirds).reached).toBe(false);
    }
  });

  it.each([
    [3, 2],
    [6, 4],
    [184, 123],
    [2400, 1600],
    [100, 67],
    [1, 1],
  ])('base %i needs %i', (base, needed) => {
    expect(computeQuorum(0, base, twoThirds).needed).toBe(needed);
    expect(computeQuorum(needed, base, twoThirds).reached).toBe(true);
    expect(computeQuorum(needed - 1, base, twoThirds).reached).toBe(false);
  });

  it('184 staff: 122 present is not enough, 123 is', () => {
    expect(computeQuorum(122, 184, twoThirds).reached).toBe(false);
    expect(computeQuorum(123, 184, twoThirds)).toEqual({
      present: 123,
      base: 184,
      needed: 123,
      reached: true,
      percent: 66.85,
    });
  });

  it('a base of 0 is never reached', () => {
    expect(computeQuorum(0, 0, twoThirds).reached).toBe(false);
    expect(computeQuorum(5, 0, twoThirds).reached).toBe(false);
    expect(computeQuorum(0, 0, twoThirds).percent).toBe(0);
  });
});

describe('votesToPass R2 — strictly more than half of those present (Điều 51.2.c)', () => {
  it.each([
    [30, 16],
    [31, 16],
    [1, 1],
    [2, 2],
    [123, 62],
  ])('%i present → %i votes', (present, votes) => {
    expect(votesToPass(present, half)).toBe(votes);
  });

  it('is the smallest v with 2v > present, for 0…3000 present', () => {
    for (let present = 0; present <= 3000; present += 1) {
      const v = BigInt(votesToPass(present, half));
      const p = BigInt(present);
      expect(2n * v > p && 2n * (v - 1n) <= p).toBe(true);
    }
  });
});

describe('percentOf', () => {
  it('rounds to two decimals', () => {
    expect(percentOf(123, 184)).toBe(66.85);
    expect(percentOf(1, 3)).toBe(33.33);
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(1600, 2400)).toBe(66.67);
    expect(percentOf(184, 184)).toBe(100);
    expect(percentOf(1, 8)).toBe(12.5);
  });

  it('is 0 for an empty whole', () => {
    expect(percentOf(0, 0)).toBe(0);
    expect(percentOf(3, 0)).toBe(0);
  });
});
