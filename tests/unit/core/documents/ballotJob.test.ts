/**
 * D12 job (ballots): the heading, the term and the conference, how many to elect, the candidates
 * numbered in Vietnamese name order (the numbers the counting teams type, ballotCandidates), the
 * instruction of the ballot style, serials when chosen, and how many ballots: the round's ballots
 * issued, else the people present, else everyone summoned.
 */
import { describe, expect, it } from 'vitest';
import { ballotCount, ballotJob, ballotSerials } from '../../../../core/documents/ballotJob';
import { ElectionRoundSchema, ElectionSchema } from '../../../../core/domain/election';
import { ballotCandidates } from '../../../../core/domain/electionBallot';
import {
  attendance,
  ballotOrder,
  electionContext,
  electionInput,
  lockedElection,
  people,
  setupContext,
} from './electionContext.fixture';

describe('ballotJob (D12)', () => {
  it('prints the heading, the term, the conference and how many to elect', () => {
    const job = ballotJob(setupContext());
    expect(job.title).toBe('PHIẾU BẦU THÀNH VIÊN BAN THANH TRA NHÂN DÂN');
    expect(job.termLine).toBe('NHIỆM KỲ 2026–2028');
    expect(job.conferenceLine).toBe(
      'Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
    );
    expect(job.seatsLine).toBe('(Bầu 05 người)');
    expect(job.roundLine).toBeUndefined();
    expect(job.headerLeft.map((l) => l.text)).toEqual([
      'CÔNG ĐOÀN BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
      'CÔNG ĐOÀN VỤ KHOA HỌC VÀ CÔNG NGHỆ',
    ]);
    expect(job.stampText).toBe('(Dấu của Công đoàn)');
  });

  it('numbers the candidates as ballotCandidates does: given name first', () => {
    const ctx = electionContext(lockedElection());
    const job = ballotJob(ctx);
    const round = ctx.conference.election?.rounds[0];
    if (!round) throw new Error('no round');
    expect(job.candidates.map((c) => [c.no, c.name])).toEqual(
      ballotCandidates(round, people).map((c) => [String(c.ballotNumber), c.fullName]),
    );
    expect(job.candidates.map((c) => c.name)).toEqual([
      'Bùi Đình An',
      'Khúc Quang Giang',
      'Hoàng Phương Hạnh',
      'Phan Minh Linh',
      'Nguyễn Thu Nhung',
      'Ngô Minh Uyên',
      'Trịnh Thanh Việt',
    ]);
    expect(job.candidates[0]?.detail).toBe('Chuyên viên, Phòng Quản lý khoa học');
    // Before any round the setup is printed in the same order.
    expect(ballotJob(setupContext()).candidates).toEqual(job.candidates);
  });

  it('gives the instruction and the columns of each ballot style', () => {
    const strike = ballotJob(setupContext());
    expect(strike.columns).toEqual(['STT', 'Họ và tên', 'Chức vụ, đơn vị']);
    expect(strike.instruction).toContain('gạch ngang giữa cả họ và tên');
    expect(strike.instruction).toContain('Giữ lại không quá 05 người.');
    const approve = ballotJob(setupContext({ ballotStyle: 'approveColumns' }));
    expect(approve.columns).toEqual(['STT', 'Họ và tên', 'Đồng ý', 'Không đồng ý']);
    expect(approve.instruction).toContain('“Đồng ý” hoặc ô “Không đồng ý”');
  });

  it('prints as many ballots as were issued in the round, with serials, 2 per sheet', () => {
    const job = ballotJob(electionContext(lockedElection()));
    expect(job.count).toBe(150);
    expect(job.countSource).toBe('ballotsIssued');
    expect(job.perSheet).toBe(2);
    expect(job.sheets).toBe(75);
    expect(job.serials).toHaveLength(150);
    expect(job.serials?.[0]).toBe('Số: 001');
    expect(job.serials?.[149]).toBe('Số: 150');
  });

  it('counts the ballots from the people present before a round, or everyone summoned', () => {
    expect(ballotCount(setupContext())).toEqual({ count: 150, source: 'checkIn' });
    const noCheckIn = electionContext(ElectionSchema.parse(electionInput()), { attendance: {} });
    expect(ballotCount(noCheckIn)).toEqual({ count: 184, source: 'summoned' });
    const roundPresent = lockedElection();
    const round = roundPresent.rounds[0];
    if (!round) throw new Error('no round');
    round.ballotsIssued = 0;
    expect(ballotCount(electionContext(roundPresent, { attendance: attendance(120) }))).toEqual({
      count: 150,
      source: 'roundPresent',
    });
  });

  it('prints no serial when serials are off, and sheets for 4 per page', () => {
    const job = ballotJob(setupContext({ ballotSerials: false, ballotsPerSheet: 4 }));
    expect(job.serials).toBeNull();
    expect(job.sheets).toBe(38);
  });

  it('prints the current round: the tied candidates, the seats left, "Bầu lần thứ hai"', () => {
    const election = lockedElection();
    election.rounds.push(
      ElectionRoundSchema.parse({
        number: 2,
        reason: 'tieBreak',
        candidateIds: [ballotOrder[6], ballotOrder[2]],
        seats: 1,
        present: 150,
        ballotsIssued: 150,
      }),
    );
    const job = ballotJob(electionContext(election));
    expect(job.roundLine).toBe('Bầu lần thứ hai');
    expect(job.seatsLine).toBe('(Bầu 01 người)');
    // The round keeps the order it was created with (numbers stay those typed).
    expect(job.candidates.map((c) => [c.no, c.name])).toEqual([
      ['1', 'Trịnh Thanh Việt'],
      ['2', 'Hoàng Phương Hạnh'],
    ]);
  });

  it('prints only the first ballots for the in-app preview, never in a file', () => {
    const ctx = electionContext(lockedElection());
    const preview = ballotJob({ ...ctx, options: { previewRows: 4 } });
    expect(preview).toMatchObject({ count: 4, total: 150, sheets: 2 });
    expect(ballotJob(ctx)).toMatchObject({ count: 150, total: 150, sheets: 75 });
  });

  it('pads serials to the width of the largest (at least 3 digits)', () => {
    expect(ballotSerials(3, 'Số: {serial}')).toEqual(['Số: 001', 'Số: 002', 'Số: 003']);
    expect(ballotSerials(3000, 'Số: {serial}').at(-1)).toBe('Số: 3000');
    expect(ballotSerials(3000, 'Số: {serial}')[0]).toBe('Số: 0001');
  });
});
