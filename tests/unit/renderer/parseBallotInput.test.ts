import { describe, expect, it } from 'vitest';
import {
  formatBallotInput,
  parseBallotInput,
} from '../../../renderer/src/components/election/parseBallotInput';

describe('parseBallotInput: what a counting team types for one paper ballot', () => {
  it('reads numbers separated by spaces, commas, dots, plus or minus (numeric keypad), sorted', () => {
    expect(parseBallotInput('5 2', 7)).toEqual({ kind: 'marks', marks: [2, 5] });
    expect(parseBallotInput(' 2,5 ', 7)).toEqual({ kind: 'marks', marks: [2, 5] });
    expect(parseBallotInput('2.5+7-1', 7)).toEqual({ kind: 'marks', marks: [1, 2, 5, 7] });
  });

  it('up to nine candidates, digits typed together are separate marks ("25" = 2 and 5)', () => {
    expect(parseBallotInput('25', 7)).toEqual({ kind: 'marks', marks: [2, 5] });
    expect(parseBallotInput('25', 9)).toEqual({ kind: 'marks', marks: [2, 5] });
  });

  it('from ten candidates on, "12" is candidate 12', () => {
    expect(parseBallotInput('12 3', 15)).toEqual({ kind: 'marks', marks: [3, 12] });
    expect(parseBallotInput('10', 10)).toEqual({ kind: 'marks', marks: [10] });
  });

  it('"0" alone is a ballot with no mark; an empty box is nothing typed yet', () => {
    expect(parseBallotInput('0', 7)).toEqual({ kind: 'marks', marks: [] });
    expect(parseBallotInput('   ', 7)).toEqual({ kind: 'empty' });
  });

  it('refuses a number that is not on the ballot, saying how many names it has', () => {
    const result = parseBallotInput('2 8', 7);
    expect(result.kind).toBe('error');
    expect(result.kind === 'error' && result.message).toContain('số 8');
    expect(result.kind === 'error' && result.message).toContain('1–7');
  });

  it('refuses a number typed twice (a slip of the finger is caught before saving)', () => {
    const result = parseBallotInput('2 2', 7);
    expect(result.kind === 'error' && result.message).toContain('hai lần');
    expect(parseBallotInput('22', 7).kind).toBe('error');
  });

  it('refuses letters and a 0 among other numbers', () => {
    expect(parseBallotInput('2 a', 7).kind).toBe('error');
    expect(parseBallotInput('0 2', 7).kind).toBe('error');
    expect(parseBallotInput('20', 7).kind).toBe('error');
  });

  it('formats marks back the way they are typed', () => {
    expect(formatBallotInput([2, 5])).toBe('2 5');
    expect(formatBallotInput([])).toBe('0');
    const again = parseBallotInput(formatBallotInput([1, 3, 12]), 15);
    expect(again).toEqual({ kind: 'marks', marks: [1, 3, 12] });
  });
});
