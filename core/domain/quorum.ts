import type { Fraction } from '../rules/ruleSets';

export interface Quorum {
  present: number;
  base: number;
  needed: number;
  reached: boolean;
  /** present / base as a percentage with two decimals; 0 when the base is 0. */
  percent: number;
}

/** ⌈fraction × base⌉ in integers: with floats 2/3 × 3 is 2.0000000000000004 and would round up to 3. */
export function ceilFraction(base: number, f: Fraction): number {
  return Math.floor((base * f.numerator + f.denominator - 1) / f.denominator);
}

/**
 * R1 — the conference is valid when at least ⌈2/3 × base⌉ are present; base = all staff for a full
 * assembly, the delegates summoned for a delegates' conference (Luật 10/2022 Điều 51.2.c).
 * A base of 0 never reaches a quorum: there is nobody to hold the conference.
 */
export function computeQuorum(present: number, base: number, fraction: Fraction): Quorum {
  const needed = ceilFraction(base, fraction);
  return {
    present,
    base,
    needed,
    reached: base > 0 && present >= needed,
    percent: percentOf(present, base),
  };
}

/** a / b × 100 rounded half-up to two decimals, in integer arithmetic to avoid 0.1+0.2 effects. */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.round((part * 10000) / whole) / 100;
}

/**
 * R2 — votes needed to pass: strictly more than fraction × present (30 present → 16).
 * Smallest integer v with v × den > num × present.
 */
export function votesToPass(present: number, fraction: Fraction): number {
  return Math.floor((present * fraction.numerator) / fraction.denominator) + 1;
}

/** How many more people must be present to reach the quorum (0 once reached). */
export function quorumShortfall(quorum: Pick<Quorum, 'present' | 'needed'>): number {
  return Math.max(0, quorum.needed - quorum.present);
}
