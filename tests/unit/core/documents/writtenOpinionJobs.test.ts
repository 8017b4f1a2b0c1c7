/**
 * D9PYK (Phiếu lấy ý kiến) and D9KQ (Biên bản tổng hợp kết quả lấy ý kiến) jobs: the written-opinion
 * route of Luật 10/2022/QH15 Điều 50.2 for a conference of roster-184 that twice missed its quorum
 * (Điều 51.2.c). Every figure the record prints is core's writtenOpinionOutcome (R2 on ALL 184
 * staff: 93 needed), the failing item included; the form names the two convocations, the rule,
 * the deadline and the place, blank or per person; both apply only to a conference with the route.
 */
import { describe, expect, it } from 'vitest';
import { documentHeaderParts } from '../../../../core/documents/documentHeaderFor';
import { opinionFormJob } from '../../../../core/documents/opinionFormJob';
import { outcomeBlockTexts } from '../../../../core/documents/outcomeBlocks';
import {
  countDate,
  formDate,
  writtenOpinionDocumentsApply,
} from '../../../../core/documents/writtenOpinionFacts';
import { writtenOpinionResultsJob } from '../../../../core/documents/writtenOpinionResultsJob';
import { activeStaff } from '../../../../core/domain/conferenceRules';
import { writtenOpinionOutcome } from '../../../../core/domain/floorVote';
import { sortByVietnameseName } from '../../../../core/domain/vietnamese';
import { availableDocuments } from '../../../../templates/documents/registry';
import {
  head,
  people,
  rules,
  secretary,
  writtenOpinionContext,
  writtenRoute,
} from './writtenOpinionContext.fixture';

const ctx = writtenOpinionContext();
const route = writtenRoute();

describe('writtenOpinionResultsJob (D9KQ)', () => {
  const data = writtenOpinionResultsJob(ctx);
  const texts = outcomeBlockTexts(data.blocks);

  it('prints every item with the figures and the outcome writtenOpinionOutcome gives, the failing one too', () => {
    expect(data.figures.staffCount).toBe(184);
    expect(data.figures.needed).toBe(93);
    expect(data.figures.problems).toEqual([]);
    for (const item of route.items) {
      const core = writtenOpinionOutcome(item, route, 184, rules);
      const printed = data.figures.items.find((i) => i.id === item.id);
      expect(printed?.outcome).toEqual(core);
    }
    const [, , failing] = data.figures.items;
    expect(failing?.outcome).toMatchObject({ status: 'fails', passes: false, needed: 93 });
    expect(failing?.percentFor).toBe('50,00%');
    // The conclusions quote the outcome's sentence word for word.
    expect(texts).toContain(
      '3. Mức đóng góp quỹ phúc lợi 200.000 đồng/người/năm: Đồng ý 92/184 người lao động (50,00%) — không thông qua (cần ít nhất 93).',
    );
    expect(texts).toContain(
      '1. Dự thảo Nghị quyết Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026: Đồng ý 150/184 người lao động (81,52%) — thông qua.',
    );
  });

  it('tabulates the counts, the share of ALL staff and the result word', () => {
    const table = data.blocks.find((b) => b.kind === 'outcomeTable');
    if (table?.kind !== 'outcomeTable') throw new Error('no results table');
    expect(table.layout).toBe('writtenResults');
    expect(table.rows).toEqual([
      [
        '1',
        'Dự thảo Nghị quyết Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
        '150',
        '12',
        '8',
        '81,52%',
        'Thông qua',
      ],
      ['2', 'Quy chế chi tiêu nội bộ năm 2026', '120', '40', '10', '65,22%', 'Thông qua'],
      [
        '3',
        'Mức đóng góp quỹ phúc lợi 200.000 đồng/người/năm',
        '92',
        '60',
        '18',
        '50,00%',
        'Không thông qua',
      ],
    ]);
  });

  it('states the forms issued and returned, the reason and the rule with their articles', () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        'Hôm nay, ngày 02 tháng 02 năm 2026, tại Vụ Khoa học và Công nghệ, tiến hành tổng hợp kết quả lấy ý kiến cán bộ, công chức, viên chức, người lao động bằng phiếu theo khoản 2 Điều 50 Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15.',
        'Tổng số cán bộ, công chức, viên chức, người lao động: 184 người.',
        'Số phiếu phát ra: 184 phiếu (ngày phát phiếu: ngày 23 tháng 01 năm 2026; hạn nộp phiếu: ngày 30 tháng 01 năm 2026).',
        'Số phiếu thu về: 170 phiếu (92,39% số phiếu phát ra); số phiếu không thu về: 14 phiếu.',
        'Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026 đã được triệu tập lần thứ nhất ngày 15 tháng 01 năm 2026 và lần thứ hai ngày 22 tháng 01 năm 2026 nhưng không đủ số người tham dự tối thiểu (2/3 tổng số cán bộ, công chức, viên chức, người lao động được triệu tập, theo Luật 10/2022/QH15, Điều 51.2.c).',
        'Mỗi nội dung được thông qua khi có trên 50% tổng số cán bộ, công chức, viên chức, người lao động (184 người) đồng ý, tức là ít nhất 93 người (khoản 2 Điều 50, điểm c khoản 2 Điều 51 Luật Thực hiện dân chủ ở cơ sở).',
      ]),
    );
  });

  it('is a biên bản signed as D14: THƯ KÝ left, CHỦ TỌA right, numbered BB, no date line', () => {
    expect(data.typeName).toBe('BIÊN BẢN');
    expect(data.placeDateText).toBeUndefined();
    expect(data.numberText).toBe('Số:       /BB-CĐCS');
    expect(data.header.preset).toBe('joint');
    expect(data.signatures).toEqual([
      { authority: '', title: 'THƯ KÝ', name: secretary.fullName },
      { authority: '', title: 'CHỦ TỌA', name: head.fullName },
    ]);
  });

  it('says so when no item was put on the forms', () => {
    const empty = writtenOpinionResultsJob(writtenOpinionContext(writtenRoute({ items: [] })));
    const emptyTexts = outcomeBlockTexts(empty.blocks);
    expect(emptyTexts).toContain('Chưa ghi nội dung lấy ý kiến nào.');
    expect(empty.blocks.some((b) => b.kind === 'outcomeTable')).toBe(false);
  });
});

describe('opinionFormJob (D9PYK)', () => {
  it('is one blank form, dated the day the forms go out, with the items and empty boxes', () => {
    const form = opinionFormJob(ctx);
    expect(form.pages).toEqual([
      {
        fields: [
          { label: 'Họ và tên', value: '' },
          { label: 'Đơn vị công tác', value: '' },
        ],
        signerName: '',
      },
    ]);
    expect(form.placeDateText).toBe('Hà Nội, ngày 23 tháng 01 năm 2026');
    expect(form.typeName).toBe('PHIẾU LẤY Ý KIẾN');
    expect(form.header.preset).toBe('joint');
    expect(form.columns).toEqual([
      'STT',
      'Nội dung lấy ý kiến',
      'Đồng ý',
      'Không đồng ý',
      'Ý kiến khác',
    ]);
    expect(form.rows).toEqual(
      route.items.map((item, i) => [String(i + 1), item.title, '', '', '']),
    );
    expect(form.intro[0]).toContain(
      'triệu tập lần thứ nhất ngày 15 tháng 01 năm 2026 và lần thứ hai ngày 22 tháng 01 năm 2026 nhưng không đủ số người tham dự tối thiểu',
    );
    expect(form.intro[1]).toContain('khoản 2 Điều 50 Luật Thực hiện dân chủ ở cơ sở');
    expect(form.intro[1]).toContain(
      'trên 50% tổng số người lao động (ít nhất 93/184 người) đồng ý',
    );
    expect(form.returnLines).toEqual([
      'Thời hạn nộp phiếu: chậm nhất ngày 30 tháng 01 năm 2026.',
      'Nơi nộp phiếu: Văn phòng Công đoàn, phòng 201.',
    ]);
    expect(form.figures).toEqual({ staffCount: 184, needed: 93, formDate: '2026-01-23' });
  });

  it('with perPerson gives one form per active member of staff, in name order, filled in', () => {
    const form = opinionFormJob(ctx, { perPerson: true });
    const staff = sortByVietnameseName(activeStaff(people));
    expect(form.pages).toHaveLength(184);
    expect(form.pages.map((p) => p.signerName)).toEqual(staff.map((p) => p.fullName));
    const first = staff[0];
    expect(form.pages[0]?.fields).toEqual([
      { label: 'Họ và tên', value: first?.fullName },
      { label: 'Đơn vị công tác', value: first?.department },
    ]);
  });

  it('leaves the deadline and the place blank to write in until they are set', () => {
    const bare = opinionFormJob(
      writtenOpinionContext(writtenRoute({ returnBy: undefined, returnTo: '' })),
    );
    expect(bare.returnLines).toEqual([
      'Thời hạn nộp phiếu: chậm nhất ngày … tháng … năm ….',
      'Nơi nộp phiếu: ….',
    ]);
  });

  it('still gives a row to write in when no item is recorded yet', () => {
    const form = opinionFormJob(writtenOpinionContext(writtenRoute({ items: [] })));
    expect(form.rows).toEqual([['1', '', '', '', '']]);
  });

  it('is signed by the person who returns it, not by an editable block', () => {
    expect(documentHeaderParts('D9PYK')).toEqual({ rightLines: true, signatures: false });
    expect(documentHeaderParts('D9KQ')).toEqual({ rightLines: true, signatures: true });
  });
});

describe('the route’s dates when they are not recorded', () => {
  const unset = { issuedOn: undefined, countedOn: undefined };

  it('dates the form the day it is generated, never before the second convocation nor after the deadline', () => {
    const at = (today: string) =>
      formDate({ ...writtenOpinionContext(writtenRoute(unset)), today });
    expect(at('2026-01-25')).toBe('2026-01-25');
    expect(at('2026-01-20')).toBe('2026-01-22');
    expect(at('2026-03-01')).toBe('2026-01-30');
  });

  it('dates the count the day it is generated, not before the return deadline', () => {
    const at = (today: string) =>
      countDate({ ...writtenOpinionContext(writtenRoute(unset)), today });
    expect(at('2026-02-05')).toBe('2026-02-05');
    expect(at('2026-01-26')).toBe('2026-01-30');
  });
});

describe('the registry offers D9PYK and D9KQ only with a written-opinion route', () => {
  const ids = (c: Parameters<typeof availableDocuments>[0]) =>
    availableDocuments(c)
      .map((d) => d.id)
      .filter((id) => id.startsWith('D9'));

  it('offers both, in D-number order, to a conference that holds the route', () => {
    expect(writtenOpinionDocumentsApply(ctx)).toBe(true);
    expect(ids(ctx)).toEqual(['D9KQ', 'D9PYK']);
  });

  it('offers neither to the same conference without it', () => {
    expect(ids(writtenOpinionContext(null))).toEqual([]);
  });
});
