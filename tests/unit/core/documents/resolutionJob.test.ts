/**
 * D15 job (Nghị quyết hội nghị): the parts are resolutionText's, numbered as union resolutions
 * are; the implementation clause (Điều 52.2–52.3) continues the part "Tổ chức thực hiện"; the vote
 * clause quotes the adopting vote (votes for over the people present at it, voteOutcome) and
 * leaves blanks until a vote that passed is recorded; signed TM. HỘI NGHỊ / CHỦ TỌA by default.
 */
import { describe, expect, it } from 'vitest';
import { outcomeBlockTexts } from '../../../../core/documents/outcomeBlocks';
import { resolutionJob } from '../../../../core/documents/resolutionJob';
import { ResolutionItemSchema } from '../../../../core/domain/resolution';
import { electionDecisionFacts } from '../../../../core/domain/resolutionElection';
import { resolutionText } from '../../../../core/domain/resolutionText';
import {
  conferenceDayContext,
  focalPoint,
  head,
  people,
  rules,
  withIssuedNumbers,
} from './conferenceDayContext.fixture';

const ctx = conferenceDayContext();
const job = resolutionJob(ctx);
const texts = outcomeBlockTexts(job.blocks);

describe('resolutionJob (D15)', () => {
  it('prints the parts and items of resolutionText, in its numbering', () => {
    const expected = resolutionText(ctx.conference.resolution.items, {
      year: 2026,
      people,
      election: electionDecisionFacts(ctx.conference, people, rules),
    });
    for (const part of expected) {
      expect(texts).toContain(`${part.label} ${part.heading}`);
      for (const item of part.items) expect(texts).toContain(`${item.label} ${item.text}`);
    }
    expect(expected.map((p) => p.label)).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.']);
    expect(texts).toContain(
      '3. Tổ chức tập huấn kỹ năng số; giao đồng chí Trần Hữu An chủ trì thực hiện; thời hạn: 30/09/2026.',
    );
    // The Ban TTND decision from the locked election (Điều 49.1).
    expect(
      texts.some((t) => t.startsWith('1. Bầu Ban Thanh tra nhân dân nhiệm kỳ 2026–2028')),
    ).toBe(true);
  });

  it('adds the implementation clause as the last part, with the focal point (Điều 52.2)', () => {
    const last = job.parts.at(-1);
    expect(last).toMatchObject({ section: 'implementation', label: 'VII.' });
    expect(last?.items.map((i) => i.label)).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(texts).toContain(
      `3. Giao đồng chí ${focalPoint.fullName} – Phó Vụ trưởng làm đầu mối theo dõi, đôn đốc việc thực hiện Nghị quyết và tiếp nhận, tổng hợp các vấn đề phát sinh (Điều 52.2 Luật Thực hiện dân chủ ở cơ sở).`,
    );
    expect(texts).toContain('4. Ban Thanh tra nhân dân giám sát việc thực hiện Nghị quyết.');
  });

  it('numbers the clause on from the user’s own implementation items', () => {
    const items = [
      ...ctx.conference.resolution.items,
      ResolutionItemSchema.parse({
        id: 'r-impl-1',
        section: 'implementation',
        indicator: 'Chỉ đạo các phòng xây dựng kế hoạch công tác năm 2026',
        owner: { kind: 'head' },
      }),
    ];
    // Before adoption the sentences are written from the fields (printedResolution).
    const data = resolutionJob(
      conferenceDayContext({
        resolution: { ...ctx.conference.resolution, stage: 'revised', items },
      }),
    );
    const part = data.parts.at(-1);
    expect(part?.label).toBe('VII.');
    expect(part?.items[0]?.text).toBe(
      'Thủ trưởng cơ quan, đơn vị chỉ đạo các phòng xây dựng kế hoạch công tác năm 2026.',
    );
    expect(part?.items.map((i) => i.label)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
  });

  it('prints the text as adopted, whatever changed in the fields since (Điều 51.4.i)', () => {
    const items = ctx.conference.resolution.items.map((i) =>
      i.id === 'r-task-1' ? { ...i, indicator: 'Một nhiệm vụ khác', deadline: '2026-12-31' } : i,
    );
    const data = resolutionJob(
      conferenceDayContext({ resolution: { ...ctx.conference.resolution, items } }),
    );
    expect(outcomeBlockTexts(data.blocks)).toContain(
      '1. Hoàn thành chuyển đổi số hồ sơ công việc; giao Thủ trưởng cơ quan, đơn vị chủ trì thực hiện; thời hạn: 30/06/2026.',
    );
  });

  it('states the adopting vote: votes for over the people present at it', () => {
    expect(job.adoption?.vote).toMatchObject({ id: 'v5', present: 150, votesFor: 147 });
    expect(texts.at(-1)).toBe(
      'Nghị quyết được Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026 thông qua với 147/150 người có mặt tán thành (98,00%)./.',
    );
  });

  it('leaves the figures blank until a vote that passed adopts it', () => {
    const failing = conferenceDayContext({
      resolution: { ...ctx.conference.resolution, adoptedByVoteId: 'v4' },
    });
    const data = resolutionJob(failing);
    expect(data.adoption).toBeUndefined();
    expect(outcomeBlockTexts(data.blocks).at(-1)).toBe(
      'Nghị quyết được Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026 thông qua với …/… người có mặt tán thành (…)./.',
    );
  });

  it('marks the draft sent for opinions before the conference (Điều 53)', () => {
    expect(job.summary).toEqual(['Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026']);
    const draft = resolutionJob(
      conferenceDayContext({
        resolution: {
          ...ctx.conference.resolution,
          stage: 'forOpinion',
          adoptedByVoteId: undefined,
          adoptedAt: undefined,
        },
      }),
    );
    expect(draft.summary).toEqual([
      'Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
      '(Dự thảo)',
    ]);
    expect(draft.adoption).toBeUndefined();
  });

  it('has the bases in italics, ";" after each and "." after the last (R26)', () => {
    const bases = job.blocks.filter((b) => b.kind === 'paragraph' && b.italics === true);
    expect(bases).toHaveLength(3);
    expect(bases.map((b) => (b.kind === 'paragraph' ? b.text.slice(-1) : ''))).toEqual([
      ';',
      ';',
      '.',
    ]);
    expect(texts).toContain('QUYẾT NGHỊ:');
    expect(texts).toContain(
      'HỘI NGHỊ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG VỤ KHOA HỌC VÀ CÔNG NGHỆ',
    );
  });

  it('is dated the conference day, numbered NQ, signed for the conference by the chair', () => {
    expect(job.placeDateText).toBe('Hà Nội, ngày 15 tháng 01 năm 2026');
    expect(job.signatures).toEqual([
      { authority: 'TM. HỘI NGHỊ', title: 'CHỦ TỌA', name: head.fullName },
    ]);
    expect(resolutionJob(withIssuedNumbers(ctx, ['D15'])).numberText).toBe('Số: 01/NQ-VKHCN');
  });
});
