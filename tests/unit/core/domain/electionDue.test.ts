import { describe, expect, it } from 'vitest';
import { electionDueAt } from '../../../../core/domain/electionDue';
import { ruleSet } from '../../../../core/rules/ruleSets';

const rules = ruleSet('law-10-2022');
const regular = (year: number, date?: string) => ({
  year,
  kind: 'regular' as const,
  ...(date ? { date } : {}),
});
const extraordinary = (year: number, date?: string) => ({
  year,
  kind: 'extraordinary' as const,
  ...(date ? { date } : {}),
});

describe('electionDueAt (R21, Luật 10/2022 Điều 60.3)', () => {
  it('is due for the first election when no board is recorded', () => {
    const r = electionDueAt(undefined, regular(2026, '2026-03-10'), rules, 40);
    expect(r.due).toBe(true);
    expect(r.reason).toMatch(/chưa có Ban Thanh tra nhân dân: hội nghị này bầu Ban lần đầu/);
    expect(r.source).toBe('Luật 10/2022/QH15, Điều 60.1');
  });

  it('is never due at or below the optional threshold (Điều 60.1, 63.2.e)', () => {
    const at = rules.optionalAtOrBelow.value;
    const r = electionDueAt(undefined, regular(2026), rules, at);
    expect(r).toEqual({
      due: false,
      reason: `Đơn vị có ${at} người (không quá ${at}): không tổ chức Ban Thanh tra nhân dân; Ban Chấp hành Công đoàn thực hiện nhiệm vụ của Ban.`,
      source: rules.optionalAtOrBelow.source,
    });
    expect(electionDueAt({ electedOn: '2020-03-01' }, regular(2026), rules, at).due).toBe(false);
    expect(electionDueAt(undefined, regular(2026), rules, at + 1).due).toBe(true);
  });

  it('is not due one year into the term', () => {
    const r = electionDueAt({ electedOn: '2025-03-14' }, regular(2026, '2026-03-12'), rules, 40);
    expect(r.due).toBe(false);
    expect(r.reason).toBe(
      'Ban Thanh tra nhân dân (bầu ngày 14/03/2025, nhiệm kỳ 2025–2027) còn nhiệm kỳ: bầu lại tại hội nghị năm 2027.',
    );
  });

  it('is due at the regular conference of the year the term ends, even a few days early', () => {
    const r = electionDueAt({ electedOn: '2024-03-15' }, regular(2026, '2026-03-10'), rules, 40);
    expect(r.due).toBe(true);
    expect(r.reason).toBe(
      'Ban Thanh tra nhân dân (bầu ngày 15/03/2024, nhiệm kỳ 2024–2026) đã hết nhiệm kỳ 2 năm: hội nghị này bầu Ban nhiệm kỳ mới; Ban cũ hoạt động đến khi bầu xong.',
    );
    expect(r.source).toContain('Nghị định 59/2023/NĐ-CP, Điều 29.2');
  });

  it('stays due, and says so, when an election was missed', () => {
    const r = electionDueAt({ electedOn: '2023-03-15' }, regular(2026), rules, 40);
    expect(r.due).toBe(true);
    expect(r.reason).toMatch(/Nhiệm kỳ đã kết thúc từ năm 2025: cần bầu ngay\.$/);
  });

  it('uses the exact end of the term for an extraordinary conference', () => {
    const board = { electedOn: '2024-09-01' };
    const before = electionDueAt(board, extraordinary(2026, '2026-08-31'), rules, 40);
    expect(before.due).toBe(false);
    expect(before.reason).toMatch(/hết nhiệm kỳ ngày 01\/09\/2026\.$/);
    expect(electionDueAt(board, extraordinary(2026, '2026-09-01'), rules, 40).due).toBe(true);
  });

  it('reads the term from the rule set', () => {
    const longer = { ...rules, boardTermYears: { ...rules.boardTermYears, value: 3 } };
    const board = { electedOn: '2024-03-15' };
    expect(electionDueAt(board, regular(2026), longer, 40).due).toBe(false);
    expect(electionDueAt(board, regular(2027), longer, 40).due).toBe(true);
  });

  it('is not due at the conference that has just elected the board', () => {
    const r = electionDueAt({ electedOn: '2026-03-10' }, regular(2026, '2026-03-10'), rules, 40);
    expect(r.due).toBe(false);
  });

  it('asks for the election date when the board has none', () => {
    const r = electionDueAt({}, regular(2026), rules, 40);
    expect(r.due).toBe(true);
    expect(r.reason).toMatch(/^Chưa ghi ngày bầu Ban Thanh tra nhân dân hiện tại/);
  });

  it('flags an election date after the conference', () => {
    const r = electionDueAt({ electedOn: '2027-01-01' }, regular(2026, '2026-03-10'), rules, 40);
    expect(r.due).toBe(false);
    expect(r.reason).toMatch(/muộn hơn hội nghị này: hãy kiểm tra lại ngày bầu\.$/);
  });
});
