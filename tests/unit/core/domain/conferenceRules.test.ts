import { describe, expect, it } from 'vitest';
import { ConferenceSchema, type Conference } from '../../../../core/domain/conference';
import {
  conferenceQuorum,
  conferenceWindow,
  deadlineFindings,
  extraordinaryFindings,
  formFindings,
  quorumBaseIds,
} from '../../../../core/domain/conferenceRules';
import { PersonSchema, type Person } from '../../../../core/domain/person';
import { UnitProfileSchema, type UnitProfile } from '../../../../core/domain/unit';
import { ruleSet } from '../../../../core/rules/ruleSets';

const rules = ruleSet('law-10-2022');
const at = '2026-01-05T08:00:00.000Z';

function conference(fields: Record<string, unknown> = {}): Conference {
  return ConferenceSchema.parse({ id: 'c1', year: 2026, createdAt: at, updatedAt: at, ...fields });
}

function person(id: string, rosterNo: number, active = true): Person {
  return PersonSchema.parse({ id, rosterNo, fullName: `Nguyễn Văn ${id}`, active });
}

function unit(day: number, month: number): UnitProfile {
  return UnitProfileSchema.parse({ workYearEnd: { day, month } });
}

const people = [person('a', 1), person('b', 2), person('c', 3), person('d', 4, false)];
const present = { status: 'present', reason: '', at } as const;
const absent = { status: 'absent', reason: 'Ốm', at } as const;
const attendance = { a: present, b: absent, d: present, g1: present };
const guests = [
  { id: 'g1', fullName: 'Trần Thị Khách', title: '', organisation: 'Công đoàn cấp trên' },
];

describe('quorumBaseIds (Luật 10/2022 Điều 51.2.c)', () => {
  it('is every active person for a full assembly; people who left and guests are not in it', () => {
    const c = conference({ form: 'full', guests, attendance });
    expect([...quorumBaseIds(c, people)].sort()).toEqual(['a', 'b', 'c']);
  });

  it('is the summoned delegates still in the unit for a delegates’ conference', () => {
    const c = conference({ form: 'delegates', delegateIds: ['a', 'd', 'g1', 'a'], guests });
    expect([...quorumBaseIds(c, people)]).toEqual(['a']);
  });
});

describe('conferenceQuorum', () => {
  it('counts only present people of the base (not the inactive, not guests)', () => {
    const q = conferenceQuorum(conference({ form: 'full', guests, attendance }), people, rules);
    expect(q).toMatchObject({ present: 1, base: 3, needed: 2, reached: false });
  });

  it('counts delegates only at a delegates’ conference', () => {
    const c = conference({ form: 'delegates', delegateIds: ['a', 'b'], guests, attendance });
    expect(conferenceQuorum(c, people, rules)).toMatchObject({
      present: 1,
      base: 2,
      needed: 2,
      reached: false,
    });
    const all = conference({ form: 'delegates', delegateIds: ['a'], attendance });
    expect(conferenceQuorum(all, people, rules)).toMatchObject({
      present: 1,
      base: 1,
      reached: true,
    });
  });
});

describe('formFindings R3, R4 (Điều 51.2)', () => {
  const delegates = ['a', 'b'];

  it('staff 99 at a delegates’ conference without a reason → error R3', () => {
    const c = conference({
      form: 'delegates',
      delegateIds: delegates,
      formDecision: { dispersedReason: '', unionAgreement: 'Biên bản họp BCH ngày 02/01/2026' },
    });
    const findings = formFindings(c, 99, rules);
    expect(findings.some((f) => f.rule === 'R3' && f.level === 'error')).toBe(true);
    expect(findings.find((f) => f.rule === 'R3')?.source).toBe(rules.fullAssemblyBelow.source);
  });

  it('staff 99 with a reason for dispersed work and the union’s agreement → no finding', () => {
    const c = conference({
      form: 'delegates',
      delegateIds: delegates,
      formDecision: {
        dispersedReason: 'Làm việc phân tán tại 12 điểm trường',
        unionAgreement: 'Biên bản họp BCH ngày 02/01/2026',
      },
    });
    expect(formFindings(c, 99, rules)).toEqual([]);
  });

  it('staff 100 at a delegates’ conference with the union’s agreement → no finding', () => {
    const c = conference({
      form: 'delegates',
      delegateIds: delegates,
      formDecision: { dispersedReason: '', unionAgreement: 'Công văn số 05/CĐCS ngày 03/01/2026' },
    });
    expect(formFindings(c, 100, rules)).toEqual([]);
  });

  it('a delegates’ conference without the union’s agreement or delegates → errors', () => {
    const findings = formFindings(conference({ form: 'delegates' }), 150, rules);
    expect(findings.map((f) => `${f.rule}:${f.level}`)).toEqual(['R3:error', 'R1:error']);
  });

  it('staff 7 → R4 info: the conference is not compulsory', () => {
    const findings = formFindings(conference({ form: 'full' }), 7, rules);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'R4',
      level: 'info',
      source: rules.optionalAtOrBelow.source,
    });
    expect(findings[0]?.message).toContain('không bắt buộc');
  });

  it('staff 8 → no R4', () => {
    expect(formFindings(conference({ form: 'full' }), 8, rules).some((f) => f.rule === 'R4')).toBe(
      false,
    );
  });
});

describe('conferenceWindow R5 — within 3 months after the work year ends (Điều 51.1)', () => {
  it('work year ending 31/12: the 2026 conference reviews 2025, deadline 31/03/2026', () => {
    expect(conferenceWindow(2026, unit(31, 12), rules)).toEqual({
      workYearEnd: '2025-12-31',
      deadline: '2026-03-31',
    });
  });

  it('school year ending 31/08: deadline 30/11 of the same year', () => {
    expect(conferenceWindow(2026, unit(31, 8), rules)).toEqual({
      workYearEnd: '2026-08-31',
      deadline: '2026-11-30',
    });
  });

  it('work year ending 30/11: year 2026 → work year ended 30/11/2025, deadline 28/02/2026', () => {
    expect(conferenceWindow(2026, unit(30, 11), rules)).toEqual({
      workYearEnd: '2025-11-30',
      deadline: '2026-02-28',
    });
  });
});

describe('deadlineFindings', () => {
  const u = unit(31, 12);

  it('warns for 01/04/2026 and not for 31/03/2026', () => {
    const late = deadlineFindings(conference({ date: '2026-04-01' }), u, rules);
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({
      rule: 'R5',
      level: 'warning',
      source: rules.deadlineMonths.source,
    });
    expect(late[0]?.message).toContain('31/03/2026');
    expect(deadlineFindings(conference({ date: '2026-03-31' }), u, rules)).toEqual([]);
  });

  it('warns for a date before the work year has ended', () => {
    expect(deadlineFindings(conference({ date: '2025-12-31' }), u, rules)).toHaveLength(1);
  });

  it('says nothing without a date or for an extraordinary conference', () => {
    expect(deadlineFindings(conference(), u, rules)).toEqual([]);
    const extra = conference({
      kind: 'extraordinary',
      date: '2026-09-01',
      trigger: { by: 'head' },
    });
    expect(deadlineFindings(extra, u, rules)).toEqual([]);
  });
});

describe('extraordinaryFindings R6 (Điều 50.1)', () => {
  it('an extraordinary conference without who called it → error', () => {
    const findings = extraordinaryFindings(conference({ kind: 'extraordinary' }), 184, rules);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'R6', level: 'error' });
  });

  it('staff signatures: 61 of 184 → error (needs 62), 62 → ok', () => {
    const called = (signatures: number) =>
      conference({ kind: 'extraordinary', trigger: { by: 'staff', signatures } });
    const short = extraordinaryFindings(called(61), 184, rules);
    expect(short).toHaveLength(1);
    expect(short[0]).toMatchObject({ rule: 'R6', level: 'error' });
    expect(short[0]?.message).toContain('62');
    expect(extraordinaryFindings(called(62), 184, rules)).toEqual([]);
  });

  it('called by the union executive or the head → ok; a regular conference → nothing', () => {
    const byUnion = conference({ kind: 'extraordinary', trigger: { by: 'unionExecutive' } });
    expect(extraordinaryFindings(byUnion, 184, rules)).toEqual([]);
    expect(extraordinaryFindings(conference(), 184, rules)).toEqual([]);
  });
});
