/**
 * D13 job (Biên bản kiểm phiếu): every figure of domain-research §3.10 printed from tallyRound —
 * never counted here — for the roster-184 election (150 present, 7 candidates, 5 seats, two teams
 * with two settled disagreements); ties and shortfalls with the presidium's decision (R17); the
 * totals-only mode; the signatures of the whole board and the witnesses; the ballot-log annex.
 */
import { describe, expect, it } from 'vitest';
import { countingMinutesJob } from '../../../../core/documents/countingMinutesJob';
import { ELECTION_WORDING } from '../../../../core/documents/electionWording';
import { ElectionRoundSchema, type Election } from '../../../../core/domain/election';
import { agreedBallots } from '../../../../core/domain/ballotComparison';
import { formatShare, tallyRound } from '../../../../core/domain/electionTally';
import {
  ballotOrder,
  blockTexts,
  electionContext,
  lockedElection,
  nameOf,
  people,
  rules,
} from './electionContext.fixture';

/** Round 1 counted by hand: a tie at the last seat between the 5th and 6th (80 votes each). */
function tiedTotals(decided = true): Election {
  const election = lockedElection();
  const votes = [120, 110, 100, 90, 80, 80, 40];
  election.rounds = [
    ElectionRoundSchema.parse({
      number: 1,
      candidateIds: ballotOrder,
      seats: 5,
      present: 150,
      ballotsIssued: 150,
      mode: 'totals',
      totals: {
        collected: 149,
        invalid: 3,
        invalidByReason: { overVote: 2, noStamp: 1 },
        votes: Object.fromEntries(ballotOrder.map((id, i) => [id, votes[i] ?? 0])),
      },
      countEndedAt: '10:40',
      locked: { at: '2026-01-15T03:40:00.000Z' },
      ...(decided
        ? {
            decision: {
              decision: 'revoteTied',
              note: 'Hội nghị biểu quyết 140/150 tán thành.',
              at: '2026-01-15T03:45:00.000Z',
            },
          }
        : {}),
    }),
  ];
  return election;
}

describe('countingMinutesJob (D13)', () => {
  const election = lockedElection();
  const ctx = electionContext(election);
  const job = countingMinutesJob(ctx);
  const round = election.rounds[0];
  if (!round) throw new Error('no round');
  const tally = tallyRound(election, round, people, rules);
  const minutes = job.rounds[0];
  if (!minutes) throw new Error('no minutes');
  const texts = blockTexts(minutes.blocks);

  it('is a union biên bản numbered BB, one per locked round, from tallyRound', () => {
    expect(job.header.preset).toBe('union');
    expect(job.numberText).toBe('Số:       /BB-CĐCS');
    expect(job.rounds).toHaveLength(1);
    expect(minutes.tally).toEqual(tally);
    expect(minutes.typeName).toBe('BIÊN BẢN');
    expect(minutes.summary).toEqual([
      'Kiểm phiếu bầu thành viên Ban Thanh tra nhân dân nhiệm kỳ 2026–2028',
    ]);
  });

  it('opens with the conference, date, place and purpose with the term', () => {
    expect(texts[0]).toBe(
      'Hôm nay, ngày 15 tháng 01 năm 2026, tại Hội trường tầng 3, trụ sở Bộ, Ban kiểm phiếu Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026 tiến hành kiểm phiếu bầu thành viên Ban Thanh tra nhân dân Vụ Khoa học và Công nghệ nhiệm kỳ 2026–2028.',
    );
  });

  it('names the counting board and the witnesses', () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        'I. THÀNH PHẦN BAN KIỂM PHIẾU',
        '1. Ông Đặng Minh Tú – Trưởng ban;',
        '2. Bà Ngô Minh Hoa – Thành viên;',
        '3. Bà Vũ Thanh Loan – Thành viên.',
        'Người chứng kiến kiểm phiếu:',
        '- Ông Đỗ Đức Sơn;',
        '- Trần Văn Chứng.',
      ]),
    );
  });

  it('prints every figure of §3.10 as the tally has it', () => {
    expect(tally).toMatchObject({
      present: 150,
      issued: 150,
      collected: 149,
      valid: 146,
      invalid: 3,
      invalidByReason: { overVote: 1, allStruck: 1, noStamp: 1 },
      votesNeeded: 76,
    });
    expect(texts).toEqual(
      expect.arrayContaining([
        '1. Số lượng thành viên cần bầu: 05 người; số người trong danh sách bầu: 07 người.',
        '2. Tổng số người được triệu tập: 184 người; số người có mặt: 150 người (81,52% so với tổng số người được triệu tập).',
        `3. Số phiếu phát ra: ${tally.issued} phiếu; số phiếu thu vào: ${tally.collected} phiếu.`,
        `4. Số phiếu hợp lệ: ${tally.valid} phiếu; số phiếu không hợp lệ: ${tally.invalid} phiếu (trong đó: 01 phiếu quá số lượng cần bầu; 01 phiếu không bầu người nào; 01 phiếu không có dấu của Công đoàn).`,
        `5. Tỷ lệ phiếu bầu của mỗi người được tính trên tổng số người có mặt tại Hội nghị (150 người); người trúng cử phải có số phiếu bầu quá một nửa (trên 50%) tổng số người có mặt tại Hội nghị (150 người), tức ít nhất ${tally.votesNeeded} phiếu.`,
      ]),
    );
  });

  it('lists each candidate ranked with votes, share of the stated base and result', () => {
    const table = minutes.blocks.find((b) => b.kind === 'table');
    if (!table || table.kind !== 'table') throw new Error('no results table');
    expect(table.columns).toEqual(ELECTION_WORDING.minutesColumns);
    expect(table.rows).toEqual(
      tally.results.map((r) => [
        String(r.rank),
        nameOf(r.personId),
        String(r.votes),
        formatShare(r.share),
        r.elected ? 'Trúng cử' : '',
      ]),
    );
    expect(tally.electedIds).toHaveLength(5);
    const elected = tally.results.filter((r) => r.elected);
    elected.forEach((r, i) => {
      expect(
        texts.some(
          (t) =>
            t.startsWith(`${i + 1}. `) &&
            t.includes(`${nameOf(r.personId)}: ${r.votes} phiếu (${formatShare(r.share)})`),
        ),
      ).toBe(true);
    });
  });

  it('records the time the count ended and is signed by the whole board and the witnesses', () => {
    expect(texts.at(-1)).toContain('kết thúc vào hồi 10 giờ 15 cùng ngày');
    expect(minutes.signers).toEqual([
      { title: 'TRƯỞNG BAN KIỂM PHIẾU', name: 'Đặng Minh Tú' },
      { title: 'THÀNH VIÊN', name: 'Ngô Minh Hoa' },
      { title: 'THÀNH VIÊN', name: 'Vũ Thanh Loan' },
      { title: 'NGƯỜI CHỨNG KIẾN', name: 'Đỗ Đức Sơn' },
      { title: 'NGƯỜI CHỨNG KIẾN', name: 'Trần Văn Chứng' },
    ]);
  });

  it('annexes the log of every agreed ballot by serial, and the two settled on paper', () => {
    const annex = minutes.annex;
    if (!annex) throw new Error('no annex');
    const agreed = agreedBallots(round);
    expect(annex.logRows).toHaveLength(agreed.length);
    expect(annex.logRows.map((r) => Number(r[0]))).toEqual(
      agreed.map((b) => b.serial).sort((a, b) => a - b),
    );
    expect(annex.logRows[6]).toEqual(['7', '1', 'Không hợp lệ: quá số lượng cần bầu']);
    expect(annex.logRows[12]?.[2]).toBe('Không hợp lệ: không bầu người nào');
    expect(annex.logRows[20]).toEqual(['21', '2, 4', 'Không hợp lệ: không có dấu của Công đoàn']);
    expect(annex.logRows.filter((r) => r[2] === 'Hợp lệ')).toHaveLength(tally.valid);
    const annexTexts = blockTexts(annex.blocks);
    expect(annexTexts.some((t) => t.startsWith('- Phiếu số 37: Tổ A gạch'))).toBe(true);
    expect(annexTexts.some((t) => t.startsWith('- Phiếu số 88: Tổ A gạch'))).toBe(true);
    expect(annex.summary).toEqual([
      'Danh sách phiếu bầu đã kiểm (kèm theo Biên bản kiểm phiếu, lần bầu thứ nhất)',
    ]);
  });

  it('shows the first rows of the log in the in-app preview, with the figures unchanged', () => {
    const preview = countingMinutesJob({ ...ctx, options: { previewRows: 10 } }).rounds[0];
    const log = preview?.annex?.blocks.find((b) => b.kind === 'table');
    expect(log?.kind === 'table' && log.rows).toHaveLength(10);
    expect(preview?.tally).toEqual(tally);
  });

  it('reports a tie at the last seat, nobody of the tied elected, and the decision (R17)', () => {
    const tied = countingMinutesJob(electionContext(tiedTotals())).rounds[0];
    if (!tied) throw new Error('no minutes');
    expect(tied.tally.tiedAtLastSeat).toHaveLength(2);
    expect(tied.tally.electedIds).toHaveLength(4);
    const all = blockTexts(tied.blocks);
    expect(all).toContain(
      'Bà Nguyễn Thu Nhung, bà Ngô Minh Uyên có số phiếu bằng nhau (80 phiếu) ở vị trí cuối cùng, nhiều hơn số thành viên còn phải bầu (01): những người này chưa trúng cử ở lần bầu này.',
    );
    expect(all).toContain(
      `${ELECTION_WORDING.minutesDecisions.revoteTied} Hội nghị biểu quyết 140/150 tán thành.`,
    );
    const table = tied.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.filter((r) => r[4] === 'Bằng phiếu')).toHaveLength(
      2,
    );
    // Counted by hand: no ballot log, and the minutes say so.
    expect(tied.annex).toBeUndefined();
    expect(all).toContain(ELECTION_WORDING.annexTotalsMode);
    const pending = countingMinutesJob(electionContext(tiedTotals(false))).rounds[0];
    expect(blockTexts(pending?.blocks ?? [])).toContain(ELECTION_WORDING.minutesDecisionPending);
  });

  it('states the valid ballots as the base when the conference chose it (R16)', () => {
    const valid = countingMinutesJob(
      electionContext(lockedElection({ winningBase: 'validBallots' })),
    );
    const all = blockTexts(valid.rounds[0]?.blocks ?? []);
    expect(all.some((t) => t.includes('tính trên tổng số phiếu hợp lệ (146 phiếu)'))).toBe(true);
    expect(valid.rounds[0]?.tally.base).toEqual({ kind: 'validBallots', value: 146 });
  });

  it('prints only locked rounds and names the round once there are several', () => {
    const two = tiedTotals();
    two.rounds.push(
      ElectionRoundSchema.parse({
        number: 2,
        reason: 'tieBreak',
        candidateIds: two.rounds[0]?.candidateIds.slice(4, 6),
        seats: 1,
        present: 150,
        ballotsIssued: 150,
      }),
    );
    const minutesOfTwo = countingMinutesJob(electionContext(two));
    expect(minutesOfTwo.rounds.map((r) => r.round)).toEqual([1]);
    expect(minutesOfTwo.rounds[0]?.summary[1]).toBe('(Lần bầu thứ nhất)');
    const unlocked = lockedElection();
    const first = unlocked.rounds[0];
    if (first) delete first.locked;
    expect(countingMinutesJob(electionContext(unlocked)).rounds).toEqual([]);
  });
});
