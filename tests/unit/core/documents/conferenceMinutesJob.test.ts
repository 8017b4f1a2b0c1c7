/**
 * D14 job (Biên bản hội nghị): every figure comes from core — the quorum from conferenceQuorum
 * (R1), each vote's outcome from voteOutcome (R2), the Ban TTND result from tallyRound — and equals
 * the records of a conference built from roster-184; the proceedings follow the programme with
 * opinions, answers and votes under their step; Mẫu 1.9: no date line, THƯ KÝ left, CHỦ TỌA right.
 */
import { describe, expect, it } from 'vitest';
import { conferenceMinutesJob } from '../../../../core/documents/conferenceMinutesJob';
import { outcomeBlockTexts } from '../../../../core/documents/outcomeBlocks';
import { conferenceQuorum } from '../../../../core/domain/conferenceRules';
import { formatShare, shareOf, tallyRound } from '../../../../core/domain/electionTally';
import { voteOutcome } from '../../../../core/domain/floorVote';
import type { Conference } from '../../../../core/domain/conference';
import { availableDocuments } from '../../../../templates/documents/registry';
import {
  conferenceDayContext,
  head,
  people,
  rules,
  secretary,
  votes,
  withIssuedNumbers,
} from './conferenceDayContext.fixture';

const ctx = conferenceDayContext();
const job = conferenceMinutesJob(ctx);
const texts = outcomeBlockTexts(job.blocks);
const all = texts.join('\n');

/** The lines printed under agenda item `n` (its heading "n. …" up to the next heading). */
function underItem(n: number): string[] {
  const start = texts.findIndex((t) => t.startsWith(`${n}. `));
  const next = texts.findIndex((t, i) => i > start && t.startsWith(`${n + 1}. `));
  return texts.slice(start, next < 0 ? undefined : next);
}

describe('conferenceMinutesJob (D14)', () => {
  it('states the attendance with the quorum figures of conferenceQuorum (R1)', () => {
    const q = conferenceQuorum(ctx.conference, people, rules);
    expect([q.base, q.present, q.needed, q.reached]).toEqual([184, 150, 123, true]);
    expect(job.figures.quorum.quorum).toEqual(q);
    const percent = formatShare(shareOf(q.present, q.base));
    expect(percent).toBe('81,52%');
    expect(all).toContain(
      `được triệu tập: ${q.base} người; có mặt: ${q.present} người (${percent}); vắng mặt: 34 người.`,
    );
    expect(all).toContain(`(tối thiểu ${q.needed} người): hội nghị đủ điều kiện tiến hành`);
  });

  it('says the conference could not proceed when fewer than two thirds were present', () => {
    const attendance = Object.fromEntries(Object.entries(ctx.conference.attendance).slice(0, 100));
    const short = conferenceMinutesJob(conferenceDayContext({ attendance }));
    expect(outcomeBlockTexts(short.blocks).join('\n')).toContain(
      'chưa đạt 2/3 số người được triệu tập (tối thiểu 123 người, còn thiếu 23 người)',
    );
  });

  it('prints every vote with its figures and the outcome of voteOutcome (R2)', () => {
    const quorum = conferenceQuorum(ctx.conference, people, rules);
    expect(job.figures.votes.map((c) => c.vote.id)).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
    for (const c of job.figures.votes) {
      const outcome = voteOutcome(c.vote, { quorum, rules });
      expect(c.outcome).toEqual(outcome);
      expect(all).toContain(`Kết quả: ${outcome.sentence}.`);
    }
    // Fails by one vote: 75 of 150 present, strictly more than half is 76.
    const failed = job.figures.votes.find((c) => c.vote.id === 'v4');
    expect(failed?.outcome).toMatchObject({ passes: false, needed: 76, status: 'fails' });
    expect(all).toContain(
      'Mức đóng góp quỹ phúc lợi 200.000 đồng/người/năm: số người có mặt 150; đồng ý 75, không đồng ý 60, ý kiến khác 15. Kết quả: Đồng ý 75/150 người có mặt (50,00%) — không thông qua (cần ít nhất 76).',
    );
    // A corrected number present is printed with its reason.
    expect(all).toContain('số người có mặt 148 (02 người ra ngoài); đồng ý 146');
  });

  it('records a vote taken after the quorum was lost as deciding nothing (R1)', () => {
    const late = {
      ...votes()[3]!,
      id: 'v9',
      title: 'Biểu quyết sau giờ giải lao',
      present: 100,
      votesFor: 90,
      votesAgainst: 5,
      votesOther: 5,
      at: '2026-01-15T11:05:00+07:00',
    };
    const withLate = conferenceDayContext();
    const conference: Conference = {
      ...withLate.conference,
      proceedings: {
        ...withLate.conference.proceedings,
        votes: [...withLate.conference.proceedings.votes, late],
      },
    };
    const data = conferenceMinutesJob({ ...withLate, conference });
    const counted = data.figures.votes.find((c) => c.vote.id === 'v9');
    expect(counted?.outcome).toMatchObject({ status: 'noQuorum', passes: false });
    expect(outcomeBlockTexts(data.blocks).join('\n')).toContain(
      'Kết quả: Không đủ số người tham dự tối thiểu: 100/184 người có mặt, cần ít nhất 123',
    );
  });

  it('follows the programme: opinions under the discussion, answers under step d', () => {
    const discussion = underItem(8);
    expect(discussion[0]).toBe('8. Thảo luận, góp ý kiến, kiến nghị (từ 09 giờ 20 đến 10 giờ 05)');
    expect(discussion).toContain('Các ý kiến phát biểu:');
    expect(discussion.filter((t) => t.startsWith('- '))).toHaveLength(6);
    expect(discussion).toContain(
      '- Ông Huỳnh Thanh Khánh, Phòng Pháp chế: Đề nghị bố trí thêm máy tính cho Phòng Pháp chế. (Ý kiến được tiếp thu vào nghị quyết, mục III.2.)',
    );
    // The sub-unit said in the hall wins over the roster's; a free-text speaker as typed.
    expect(discussion).toContain(
      '- Ông Trịnh Thanh Việt, Tổ công đoàn Quản lý khoa học: Đề nghị tăng mức hỗ trợ ăn trưa.',
    );
    expect(discussion).toContain('- Ông Lê Văn Khách: Đề nghị sớm sửa chữa nhà xe.');
    const answers = underItem(9);
    expect(answers.filter((t) => t.includes('trả lời ý kiến của'))).toEqual([
      '- Ông Phan Thanh Ước trả lời ý kiến của ông Huỳnh Thanh Khánh: Văn phòng mua bổ sung 05 máy tính trong quý I năm 2026.',
      '- Ông Hồ Thanh Hiếu trả lời ý kiến của bà Hoàng Phương Hạnh: Công đoàn phối hợp Văn phòng đăng tải trước ngày 31/01/2026.',
    ]);
  });

  it('puts a vote recorded without an item under the step of its subject', () => {
    expect(underItem(3).some((t) => t.startsWith('- Thông qua Đoàn Chủ tịch'))).toBe(true);
    expect(underItem(4).some((t) => t.startsWith('- Thông qua chương trình'))).toBe(true);
    expect(underItem(11).some((t) => t.startsWith('- Mức đóng góp'))).toBe(true);
    // The counting board is approved before the ballot: its vote precedes the result.
    const election = underItem(12);
    const board = election.findIndex((t) => t.startsWith('- Thông qua Ban kiểm phiếu'));
    const result = election.findIndex((t) => t.startsWith('Kết quả bầu Ban Thanh tra'));
    expect(board).toBeGreaterThan(0);
    expect(result).toBeGreaterThan(board);
  });

  it('prints the Ban TTND result from the locked count (tallyRound), base stated (R16)', () => {
    const election = ctx.conference.election;
    const round = election?.rounds[0];
    if (!election || !round) throw new Error('no election');
    const tally = tallyRound(election, round, people, rules);
    expect(job.figures.rounds).toEqual([tally]);
    expect(all).toContain(
      `Lần bầu thứ nhất: số phiếu phát ra ${tally.issued}, thu vào ${tally.collected}, hợp lệ ${tally.valid}, không hợp lệ ${tally.invalid}; tỷ lệ tính trên số người có mặt tại hội nghị (150).`,
    );
    for (const r of tally.results) {
      const name = people.find((p) => p.id === r.personId)?.fullName ?? '';
      const line = `${name}: ${r.votes} phiếu (${formatShare(r.share)})`;
      expect(all).toContain(r.elected ? `${line} – trúng cử` : line);
    }
    expect(tally.electedIds).toHaveLength(5);
    expect(all).toContain(
      'Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026–2028 gồm 05 (năm) thành viên:',
    );
  });

  it('records the adoption of the resolution with the adopting vote’s figures', () => {
    expect(job.figures.adoption?.vote.id).toBe('v5');
    expect(underItem(15)).toContain(
      'Hội nghị đã biểu quyết thông qua Nghị quyết Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026: 147/150 người có mặt tán thành (98,00%).',
    );
    const pending = conferenceMinutesJob(
      conferenceDayContext({
        resolution: { ...ctx.conference.resolution, stage: 'revised', adoptedByVoteId: undefined },
      }),
    );
    expect(outcomeBlockTexts(pending.blocks)).toContain(
      'Nghị quyết hội nghị chưa được biểu quyết thông qua.',
    );
  });

  it('prints the recorded opening and closing times, blanks for the secretary otherwise', () => {
    expect(texts[0]).toBe('Thời gian bắt đầu: 08 giờ 00, ngày 15 tháng 01 năm 2026.');
    expect(texts.at(-1)).toBe(
      'Hội nghị kết thúc lúc 11 giờ 30 cùng ngày. Biên bản kết thúc lúc 11 giờ 30, đã được đọc lại trước hội nghị và được hội nghị nhất trí thông qua./.',
    );
    const unrecorded = conferenceMinutesJob(
      conferenceDayContext({
        proceedings: { ...ctx.conference.proceedings, openedAt: undefined, closedAt: undefined },
      }),
    );
    const t = outcomeBlockTexts(unrecorded.blocks);
    expect(t[0]).toBe('Thời gian bắt đầu: … giờ …, ngày 15 tháng 01 năm 2026.');
    expect(t.at(-1)).toContain('Biên bản kết thúc lúc … giờ …,');
  });

  it('is a biên bản of Mẫu 1.9: no date line, secretary left and chair right', () => {
    expect(job.placeDateText).toBeUndefined();
    expect(job.signatures).toEqual([
      { authority: '', title: 'THƯ KÝ', name: secretary.fullName },
      { authority: '', title: 'CHỦ TỌA', name: head.fullName },
    ]);
    expect(all).toContain('Chủ trì (chủ tọa): Ông Phan Thanh Ước – Vụ trưởng.');
    expect(all).toContain('Thư ký (người ghi biên bản): Bà Phạm Thanh Hương – Chuyên viên.');
    const numbered = conferenceMinutesJob(withIssuedNumbers(ctx, ['D14']));
    expect(numbered.numberText).toBe('Số: 01/BB-VKHCN');
  });

  it('keeps the signers the user edited (documentSettings)', () => {
    const signatures = [
      { authority: '', title: 'THƯ KÝ', name: 'Nguyễn Văn Ghi' },
      { authority: 'TM. ĐOÀN CHỦ TỊCH', title: 'CHỦ TỌA', name: 'Phan Thanh Ước' },
    ];
    const edited = conferenceMinutesJob(
      conferenceDayContext({ documentSettings: { D14: { preset: 'unit', signatures } } }),
    );
    expect(edited.signatures).toEqual(signatures);
  });

  it('takes the unit’s own wording of a sentence', () => {
    const data = conferenceMinutesJob({
      ...ctx,
      wording: { outcome: { minutesClosing: 'Biên bản kết thúc lúc {endTime}./.' } },
    });
    expect(outcomeBlockTexts(data.blocks).at(-1)).toBe('Biên bản kết thúc lúc 11 giờ 30./.');
  });
});

describe('the registry offers the outcome documents once there is something to print', () => {
  const ids = (c: Parameters<typeof availableDocuments>[0]) =>
    availableDocuments(c)
      .map((d) => d.id)
      .filter((id) => ['D14', 'D15', 'D18', 'D19', 'D20', 'D20KH'].includes(id));

  it('offers all six after the conference, in D-number order', () => {
    expect(ids(ctx)).toEqual(['D14', 'D15', 'D18', 'D19', 'D20', 'D20KH']);
  });

  it('offers none before anything is recorded', () => {
    const before = conferenceDayContext({
      proceedings: { items: {}, opinions: [], votes: [] },
      resolution: { items: [] },
    });
    expect(ids(before)).toEqual([]);
  });

  it('offers the minutes and the report as soon as the day is recorded', () => {
    const opened = conferenceDayContext({
      proceedings: { openedAt: '08:00', items: {}, opinions: [], votes: [] },
      resolution: { items: [] },
    });
    expect(ids(opened)).toEqual(['D14', 'D19']);
  });

  it('offers the covenant only when the resolution has targets or emulation items', () => {
    const items = ctx.conference.resolution.items.filter(
      (i) => i.section !== 'targets' && i.section !== 'emulation',
    );
    const noTargets = conferenceDayContext({ resolution: { ...ctx.conference.resolution, items } });
    expect(ids(noTargets)).toEqual(['D14', 'D15', 'D19', 'D20', 'D20KH']);
  });
});
