import { describe, expect, it } from 'vitest';
import {
  candidateEligibility,
  electionSetupFindings,
  termLabel,
  type ElectionFinding,
} from '../../../../core/domain/electionSetup';
import { PersonSchema } from '../../../../core/domain/person';
import {
  BOARD,
  CANDIDATES,
  CHIEF_ACCOUNTANT,
  DEPUTY,
  HEAD,
  educationRules,
  people,
  person,
  rules,
  setupElection,
} from './election.fixture';

const ctx = { people, rules, staffCount: people.length, conference: { year: 2026 } };
const ids = (findings: readonly ElectionFinding[]) => findings.map((f) => f.id);
const errors = (findings: readonly ElectionFinding[]) =>
  findings.filter((f) => f.severity === 'error');

describe('candidateEligibility (R12, Luật 10/2022 Điều 60.2)', () => {
  it('accepts an active member of staff with no excluded role', () => {
    expect(candidateEligibility(CANDIDATES[0], rules)).toEqual({ ok: true });
  });

  it.each([
    ['the head (thủ trưởng)', HEAD, /là thủ trưởng: không được là thành viên/],
    ['a deputy head (cấp phó)', DEPUTY, /là cấp phó của thủ trưởng: không được/],
    ['the chief accountant (kế toán trưởng)', CHIEF_ACCOUNTANT, /là kế toán trưởng: không được/],
  ])('refuses %s — Điều 60.2', (_label, who, reason) => {
    const verdict = candidateEligibility(who, rules);
    expect(verdict.ok).toBe(false);
    expect(verdict.reason).toMatch(reason);
    expect(verdict.source).toBe('Luật 10/2022/QH15, Điều 60.2');
  });

  it('does not refuse an ordinary accountant (only the chief accountant is excluded) — Điều 60.2', () => {
    expect(candidateEligibility(person('Lê Văn Cường'), rules).ok).toBe(true);
  });

  it('refuses someone not on the roster: members must work in the unit — Điều 60.2', () => {
    const verdict = candidateEligibility(undefined, rules);
    expect(verdict.ok).toBe(false);
    expect(verdict.reason).toMatch(/Không có trong danh sách cán bộ/);
    expect(verdict.source).toContain('Điều 60.2');
  });

  it('refuses someone who has left the unit — Điều 60.2', () => {
    const left = PersonSchema.parse({ ...CANDIDATES[0], active: false });
    expect(candidateEligibility(left, rules).reason).toMatch(/không còn công tác tại đơn vị/);
  });
});

describe('electionSetupFindings', () => {
  it('finds nothing to fix in a complete setup of 7 candidates for 5 seats', () => {
    expect(electionSetupFindings(setupElection(), ctx)).toEqual([]);
  });

  describe('R11 seats (Luật 10/2022 Điều 60.1; NĐ 59/2023 Điều 21.2)', () => {
    it('asks for the number of seats', () => {
      const f = electionSetupFindings(setupElection({ seats: undefined }), ctx);
      expect(errors(f).map((x) => x.id)).toEqual(['R11.seats']);
      expect(f[0]?.message).toBe('Chưa nhập số lượng thành viên cần bầu (từ 3 đến 9).');
    });

    it('refuses fewer than 3 seats for a full-term board — Điều 60.1', () => {
      const f = electionSetupFindings(setupElection({ seats: 2 }), ctx);
      expect(ids(errors(f))).toContain('R11.seatsMin');
    });

    it('allows fewer than 3 seats in a by-election filling vacancies — Điều 60.3', () => {
      const f = electionSetupFindings(setupElection({ seats: 1, kind: 'byElection' }), ctx);
      expect(errors(f)).toEqual([]);
    });

    it('refuses more than 9 seats without both special-case flags — Điều 60.1', () => {
      const many = setupElection({
        seats: 11,
        candidates: people.slice(4, 17).map((p) => ({ personId: p.id, consent: true })),
        countingBoard: {
          headId: people[17]?.id,
          memberIds: [people[17]?.id ?? '', people[18]?.id ?? '', people[19]?.id ?? ''],
          witnesses: [{ name: 'A' }, { name: 'B' }],
        },
      });
      expect(ids(errors(electionSetupFindings(many, ctx)))).toEqual(['R11.seatsMax']);
      const halfFlagged = {
        ...many,
        seatsSpecialCase: { specialOrDispersed: true, agreedWithHead: false, note: '' },
      };
      expect(ids(errors(electionSetupFindings(halfFlagged, ctx)))).toEqual(['R11.seatsMax']);
    });

    it('allows more than 9 seats for a special or dispersed unit agreed with the head, as a warning to vote on — NĐ 59/2023 Điều 21.2', () => {
      const many = setupElection({
        seats: 11,
        seatsSpecialCase: {
          specialOrDispersed: true,
          agreedWithHead: true,
          note: 'Phân tán 5 địa điểm',
        },
        candidates: people.slice(4, 17).map((p) => ({ personId: p.id, consent: true })),
        countingBoard: {
          headId: people[17]?.id,
          memberIds: [people[17]?.id ?? '', people[18]?.id ?? '', people[19]?.id ?? ''],
          witnesses: [{ name: 'A' }, { name: 'B' }],
        },
      });
      const f = electionSetupFindings(many, ctx);
      expect(errors(f)).toEqual([]);
      expect(f.find((x) => x.id === 'R11.seatsSpecial')?.severity).toBe('warning');
    });

    it('education preset: refuses an even number of seats — Hướng dẫn 11/HD-CĐN', () => {
      const f = electionSetupFindings(setupElection({ seats: 4 }), {
        ...ctx,
        rules: educationRules,
      });
      expect(ids(errors(f))).toEqual(['R11.seatsOdd']);
      expect(f[0]?.source).toContain('11/HD-CĐN');
      expect(
        errors(
          electionSetupFindings(setupElection({ seats: 5 }), { ...ctx, rules: educationRules }),
        ),
      ).toEqual([]);
      // The default rule set has no such requirement.
      expect(errors(electionSetupFindings(setupElection({ seats: 4 }), ctx))).toEqual([]);
    });
  });

  describe('R12, R13 candidates (Luật 10/2022 Điều 60.1–60.2, 63.2.a)', () => {
    it('lists every ineligible candidate with the reason and the article — Điều 60.2', () => {
      const election = setupElection({
        candidates: [...CANDIDATES, HEAD, CHIEF_ACCOUNTANT].map((p) => ({
          personId: p.id,
          consent: true,
        })),
      });
      const f = errors(electionSetupFindings(election, ctx));
      expect(ids(f)).toEqual([
        `R12.ineligible:${HEAD.id}`,
        `R12.ineligible:${CHIEF_ACCOUNTANT.id}`,
      ]);
      expect(f.every((x) => x.source === 'Luật 10/2022/QH15, Điều 60.2')).toBe(true);
    });

    it('refuses a candidate listed twice', () => {
      const election = setupElection({
        candidates: [...CANDIDATES, CANDIDATES[0]].map((p) => ({
          personId: p?.id ?? '',
          consent: true,
        })),
      });
      expect(ids(errors(electionSetupFindings(election, ctx)))).toEqual([
        `R12.duplicate:${CANDIDATES[0]?.id}`,
      ]);
    });

    it('requires each candidate’s recorded consent: members are volunteers — Điều 60.2', () => {
      const election = setupElection({
        candidates: CANDIDATES.map((p, i) => ({ personId: p.id, consent: i !== 2 })),
      });
      const f = errors(electionSetupFindings(election, ctx));
      expect(ids(f)).toEqual([`R13.consent:${CANDIDATES[2]?.id}`]);
      expect(f[0]?.message).toMatch(/Lê Văn Cường đồng ý ứng cử/);
    });

    it('refuses floor and self nominations unless the user enables them — Điều 60.1, 63.2.a', () => {
      const candidates = CANDIDATES.map((p, i) => ({
        personId: p.id,
        consent: true,
        nominatedBy:
          i === 0 ? ('floor' as const) : i === 1 ? ('self' as const) : ('unionExecutive' as const),
      }));
      const refused = errors(electionSetupFindings(setupElection({ candidates }), ctx));
      expect(ids(refused)).toEqual([
        `R13.floor:${CANDIDATES[0]?.id}`,
        `R13.floor:${CANDIDATES[1]?.id}`,
      ]);
      const allowed = electionSetupFindings(
        setupElection({ candidates, allowFloorNominations: true }),
        ctx,
      );
      expect(errors(allowed)).toEqual([]);
      expect(allowed.find((f) => f.id === 'R13.floorAllowed')?.severity).toBe('info');
    });

    it('needs at least as many candidates as seats', () => {
      const f = errors(electionSetupFindings(setupElection({ seats: 9 }), ctx));
      expect(f.map((x) => x.message)).toEqual(['Có 7 người ứng cử, ít hơn số lượng cần bầu (9).']);
      expect(ids(errors(electionSetupFindings(setupElection({ candidates: [] }), ctx)))).toEqual([
        'R13.noCandidates',
      ]);
    });
  });

  describe('R14 counting board (NĐ 59/2023 Điều 3.5.c, 6.1.b by analogy)', () => {
    it('needs a head of the counting board — Điều 3.5.c', () => {
      const election = setupElection({
        countingBoard: {
          memberIds: BOARD.map((p) => p.id),
          witnesses: [{ name: 'A' }, { name: 'B' }],
        },
      });
      expect(ids(errors(electionSetupFindings(election, ctx)))).toEqual(['R14.head']);
    });

    it.each([
      [2, true],
      [3, false],
      [5, false],
      [6, true],
    ])(
      'a board of %i (head included) is refused: %s — 3 to 5 members, Điều 3.5.c',
      (size, refused) => {
        const members = people.slice(11, 11 + size).map((p) => p.id);
        const election = setupElection({
          countingBoard: {
            headId: members[0],
            memberIds: members,
            witnesses: [{ name: 'A' }, { name: 'B' }],
          },
        });
        expect(ids(errors(electionSetupFindings(election, ctx))).includes('R14.size')).toBe(
          refused,
        );
      },
    );

    it('counts the head once whether or not it is also listed among the members', () => {
      const [head, ...others] = BOARD.map((p) => p.id);
      const election = setupElection({
        countingBoard: {
          headId: head,
          memberIds: others,
          witnesses: [{ name: 'A' }, { name: 'B' }],
        },
      });
      expect(errors(electionSetupFindings(election, ctx))).toEqual([]);
    });

    it('refuses a candidate on the counting board — NĐ 59/2023 Điều 6.1.b (vận dụng)', () => {
      const memberIds = [...BOARD.map((p) => p.id), CANDIDATES[3]?.id ?? ''];
      const election = setupElection({
        countingBoard: {
          headId: memberIds[0],
          memberIds,
          witnesses: [{ name: 'A' }, { name: 'B' }],
        },
      });
      const f = errors(electionSetupFindings(election, ctx));
      expect(ids(f)).toEqual([`R14.candidate:${CANDIDATES[3]?.id}`]);
      expect(f[0]?.source).toBe('Nghị định 59/2023/NĐ-CP, Điều 6.1.b (vận dụng)');
    });

    it('refuses a board member who is not on the roster', () => {
      const memberIds = [...BOARD.map((p) => p.id), 'ghost'];
      const election = setupElection({
        countingBoard: {
          headId: memberIds[0],
          memberIds,
          witnesses: [{ name: 'A' }, { name: 'B' }],
        },
      });
      expect(ids(errors(electionSetupFindings(election, ctx)))).toEqual(['R14.notStaff:ghost']);
    });

    it('warns until 2 witnesses are recorded, and when a witness is a candidate — Điều 3.5.c', () => {
      const none = setupElection({
        countingBoard: { headId: BOARD[0]?.id, memberIds: BOARD.map((p) => p.id), witnesses: [] },
      });
      const f = electionSetupFindings(none, ctx);
      expect(f.map((x) => [x.id, x.severity])).toEqual([['R14.witnesses', 'warning']]);
      expect(f[0]?.message).toBe('Ban kiểm phiếu mời 2 người chứng kiến kiểm phiếu; đang ghi 0.');
      const candidateWitness = setupElection({
        countingBoard: {
          headId: BOARD[0]?.id,
          memberIds: BOARD.map((p) => p.id),
          witnesses: [{ personId: CANDIDATES[0]?.id }, { name: 'B' }],
        },
      });
      expect(ids(electionSetupFindings(candidateWitness, ctx))).toEqual([
        `R14.witnessRole:${CANDIDATES[0]?.id}`,
      ]);
    });
  });

  describe('R15, R16 rules that differ from the defaults', () => {
    it('warns that the valid-ballot base differs from the Law’s base of people present — Điều 49.1, 51.2.c; NĐ 59/2023 Điều 21.1', () => {
      const f = electionSetupFindings(setupElection({ winningBase: 'validBallots' }), ctx);
      expect(f.map((x) => [x.id, x.severity])).toEqual([['R16.base', 'warning']]);
      expect(f[0]?.source).toBe(rules.boardWinFraction.source);
    });

    it('says when over-voted ballots stay valid and when all-struck ballots count — Luật 85/2015 Điều 74 (vận dụng)', () => {
      const f = electionSetupFindings(
        setupElection({ validity: { overVoteInvalid: false, allStruckInvalid: false } }),
        ctx,
      );
      expect(f.map((x) => [x.id, x.severity])).toEqual([
        ['R15.overVote', 'warning'],
        ['R15.allStruck', 'info'],
      ]);
    });
  });

  describe('R4 small units and waivers (Điều 60.1, 63.2.e; NĐ 59/2023 Điều 21.2)', () => {
    it('suggests recording "no election" in a unit of 7 or fewer — Điều 60.1', () => {
      const f = electionSetupFindings(setupElection(), { ...ctx, staffCount: 7 });
      expect(f[0]?.id).toBe('R4.small');
    });

    it('a waived election has only its waiver’s findings', () => {
      const waived = setupElection({
        seats: undefined,
        waiver: {
          reason: 'upperUnionDecision',
          decisionRef: 'Quyết định số 12/QĐ-CĐ ngày 02/01/2026',
          note: '',
        },
      });
      const f = electionSetupFindings(waived, ctx);
      expect(f.map((x) => [x.id, x.severity])).toEqual([['R11.waived', 'info']]);
      const noRef = electionSetupFindings(
        { ...waived, waiver: { reason: 'upperUnionDecision', decisionRef: '', note: '' } },
        ctx,
      );
      expect(noRef.map((x) => x.id)).toEqual(['R11.waiverRef']);
    });

    it('refuses the small-unit waiver for a unit above 7 — Điều 60.1', () => {
      const waived = setupElection({ waiver: { reason: 'smallUnit', decisionRef: '', note: '' } });
      expect(ids(errors(electionSetupFindings(waived, ctx)))).toEqual(['R4.notSmall']);
      expect(ids(electionSetupFindings(waived, { ...ctx, staffCount: 6 }))).toEqual(['R4.waived']);
    });
  });

  it('warns when the term does not start in the conference year — Điều 60.3', () => {
    expect(ids(electionSetupFindings(setupElection({ termFromYear: 2025 }), ctx))).toEqual([
      'R21.term',
    ]);
  });
});

describe('termLabel (R21, Điều 60.3)', () => {
  it('runs rules.boardTermYears from the conference year', () => {
    expect(termLabel({}, { year: 2026 }, rules)).toBe('nhiệm kỳ 2026–2028');
    expect(termLabel({ termFromYear: 2027 }, { year: 2026 }, rules)).toBe('nhiệm kỳ 2027–2029');
  });
});

describe('rule set sources (issue 5 item 7)', () => {
  it('names the Law with its amendments, the decree and the 2025 letter, with dates', () => {
    const numbers = rules.sources.map((s) => s.number);
    expect(numbers).toEqual([
      'Luật 10/2022/QH15',
      'Luật 47/2024/QH15',
      'Luật 97/2025/QH15',
      'Nghị định 59/2023/NĐ-CP',
      'Công văn 8378/BNV-CTTN&BĐG',
    ]);
    const amending = rules.sources.find((s) => s.number === 'Luật 97/2025/QH15');
    expect(amending?.effectiveFrom).toBe('2025-07-01');
    expect(rules.sources.find((s) => s.number.startsWith('Công văn'))?.issuedOn).toBe('2025-09-23');
    expect(educationRules.sources.at(-1)?.number).toBe('Hướng dẫn 11/HD-CĐN');
  });

  it('keeps the election numbers as data with their basis', () => {
    expect(rules.countingBoard).toMatchObject({
      value: { min: 3, max: 5, witnesses: 2 },
      basis: 'ANALOGY',
    });
    expect(rules.recognitionWorkingDays.value).toBe(5);
    expect(rules.boardMinMembers.value).toBe(3);
    expect(rules.boardDeputies.value).toEqual({ largeFrom: 9, maxLarge: 2, maxSmall: null });
    expect(educationRules.boardDeputies.value.maxSmall).toBe(1);
    expect(rules.boardExcludedRoles.value).toEqual(['head', 'deputyHead', 'chiefAccountant']);
  });
});
