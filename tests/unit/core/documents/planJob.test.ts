/**
 * D1 job: every sentence, count, name and date of the plan is prepared in core (the template only
 * lays it out). Context: the shared D2/D5 fixture (20 people, 15/01/2026, two guests, a Ban TTND
 * elected in 2024, so re-elected now — R21) with the default preparation tasks of R8.
 */
import { describe, expect, it } from 'vitest';
import {
  clockText,
  conferenceWhenText,
  guestReference,
  honorific,
  planJob,
  unionExecutiveText,
  workPeriods,
  type PlanBlock,
  type PlanDocumentData,
} from '../../../../core/documents/planJob';
import { PLAN_WORDING } from '../../../../core/documents/planWording';
import { BLANK } from '../../../../core/documents/scriptWording';
import { UnitProfileSchema } from '../../../../core/domain/unit';
import { ruleSet } from '../../../../core/rules/ruleSets';
import { context, contextWithTasks, rules } from './documentContext.fixture';

function texts(data: PlanDocumentData): string[] {
  const all = [...data.opening, ...data.summary];
  for (const s of data.sections) {
    all.push(s.title);
    for (const b of s.blocks) {
      if (b.kind === 'tasks') all.push(...b.rows.flatMap((r) => [r.title, r.owner, r.due]));
      else all.push(b.kind === 'item' && b.lead ? `${b.lead} ${b.text}` : b.text);
    }
  }
  return all;
}

function section(data: PlanDocumentData, label: string) {
  const found = data.sections.find((s) => s.label === label);
  if (!found) throw new Error(`no section ${label}`);
  return found;
}

function items(blocks: readonly PlanBlock[]): { label: string; text: string; lead?: string }[] {
  return blocks.flatMap((b) =>
    b.kind === 'item'
      ? [{ label: b.label, text: b.text, ...(b.lead ? { lead: b.lead } : {}) }]
      : [],
  );
}

describe('planJob (D1)', () => {
  const data = planJob(contextWithTasks());

  it('is a joint plan: joint header, KHLT number left blank, dated the day it is issued', () => {
    expect(data.header.preset).toBe('joint');
    expect(data.header.leftLines.map((l) => l.text)).toEqual([
      'VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG',
      'BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG',
    ]);
    expect(data.numberText).toBe('Số:       /KHLT-CĐCS');
    // ctx.today of the fixture, not the conference day.
    expect(data.placeDateText).toBe('Hà Nội, ngày 05 tháng 01 năm 2026');
    expect(data.typeName).toBe('KẾ HOẠCH');
    expect(data.summary).toEqual([
      'Tổ chức Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
    ]);
  });

  it('has the five text-numbered sections in order', () => {
    expect(data.sections.map((s) => `${s.label} ${s.title}`)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN',
      'III. NỘI DUNG HỘI NGHỊ',
      'IV. CÔNG TÁC CHUẨN BỊ',
      'V. TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it('fills every placeholder: no "{" left, no blank when the records are complete', () => {
    for (const t of texts(data)) {
      expect(t).not.toMatch(/[{}]/);
      expect(t).not.toContain(BLANK);
    }
  });

  it('states the quorum and pass rule from the rule set (Điều 51.2.c)', () => {
    const reqs = items(section(data, 'I.').blocks).map((i) => i.text);
    expect(reqs.at(-1)).toBe(
      'Hội nghị được tiến hành khi có ít nhất 2/3 tổng số cán bộ, công chức, viên chức, người lao động tham dự; nghị quyết, quyết định của hội nghị được thông qua khi có trên 50% tổng số người dự hội nghị tán thành (Luật 10/2022/QH15, Điều 51.2.c).',
    );
    expect(items(section(data, 'I.').blocks)[0]?.text).toContain('nhiệm vụ năm 2025');
  });

  it('gives time, venue, the full assembly of 20 and the guests (Điều 51.2)', () => {
    const ii = items(section(data, 'II.').blocks);
    // The fixture's programme is timed, so the end time is known (D2).
    expect(ii[0]?.text).toMatch(
      /^Thời gian: từ 08 giờ 00 đến \d\d giờ \d\d, thứ Năm, ngày 15 tháng 01 năm 2026\.$/,
    );
    expect(ii[1]?.text).toBe('Địa điểm: Hội trường tầng 3, số 2 Ngọc Hà, Hà Nội.');
    expect(ii[2]?.text).toBe(PLAN_WORDING.formFull);
    expect(ii.find((i) => i.label === '4.')?.text).toBe(
      'Thành phần: toàn thể 20 cán bộ, công chức, viên chức, người lao động của Vụ Khoa học, Công nghệ và Môi trường (theo danh sách triệu tập).',
    );
    expect(ii.filter((i) => i.label === '-').map((i) => i.text)).toEqual([
      'Ông/Bà Trần Thị Hồng Nhung, Phó Chủ tịch, Công đoàn Bộ Nông nghiệp và Môi trường;',
      'Ông/Bà Nguyễn Văn Quyết, Trưởng ban Tổ chức, Đảng ủy Bộ Nông nghiệp và Môi trường.',
    ]);
  });

  it('writes a delegates’ conference with its count, reason and union agreement (R3)', () => {
    const d = planJob(
      contextWithTasks({
        form: 'delegates',
        delegateIds: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10', 'p11', 'p12'],
        formDecision: {
          dispersedReason: 'Làm việc phân tán tại 5 tỉnh',
          unionAgreement: 'Biên bản họp liên tịch ngày 02/12/2025',
        },
      }),
    );
    const ii = items(section(d, 'II.').blocks).map((i) => i.text);
    expect(ii).toContain(PLAN_WORDING.formDelegates);
    expect(ii).toContain('Lý do tổ chức hội nghị đại biểu: Làm việc phân tán tại 5 tỉnh.');
    expect(ii).toContain(
      'Hình thức hội nghị đã được thống nhất với Ban Chấp hành Công đoàn: Biên bản họp liên tịch ngày 02/12/2025.',
    );
    expect(ii).toContain(
      'Thành phần: 12 đại biểu cán bộ, công chức, viên chức, người lao động (theo danh sách triệu tập).',
    );
    expect(items(section(d, 'I.').blocks).at(-1)?.text).toContain(
      'ít nhất 2/3 tổng số đại biểu được triệu tập',
    );
    // Sub-units elect the delegates (practice).
    expect(items(section(d, 'V.').blocks).at(-1)?.text).toContain('Bầu đại biểu dự hội nghị');
  });

  it('lists the contents of Điều 51.3 a–g with the Ban TTND election when due (R21)', () => {
    const iii = items(section(data, 'III.').blocks);
    expect(iii.map((i) => i.label)).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)']);
    expect(iii[4]?.text).toContain('bầu Ban Thanh tra nhân dân nhiệm kỳ 2026–2028');
    const paragraphs = section(data, 'III.').blocks.flatMap((b) =>
      b.kind === 'paragraph' ? [b.text] : [],
    );
    expect(paragraphs).toContain(PLAN_WORDING.boardReport);

    const notDue = planJob({
      ...contextWithTasks(),
      inspectionBoard: { electedOn: '2025-01-10', memberIds: [] },
    });
    expect(items(section(notDue, 'III.').blocks)[4]?.text).not.toContain('bầu Ban');
  });

  it('puts the preparation tasks in a table: owners from the roster, due dates dd/mm/yyyy (R8)', () => {
    const tasks = section(data, 'IV.').blocks.find((b) => b.kind === 'tasks');
    if (tasks?.kind !== 'tasks') throw new Error('no task table');
    expect(tasks.columns).toEqual(['STT', 'Nội dung', 'Người/bộ phận thực hiện', 'Thời hạn']);
    const plan = tasks.rows[0];
    expect(plan?.no).toBe(1);
    expect(plan?.title).toContain('kế hoạch tổ chức hội nghị');
    expect(plan?.owner).toBe('Nguyễn Thị Hương'); // the union chair (p2)
    expect(plan?.due).toBe('16/12/2025'); // 30 days before 15/01/2026
    const head = tasks.rows.find((r) => r.title.startsWith('Hoàn thiện báo cáo của thủ trưởng'));
    expect(head?.owner).toBe('Phan Thanh Ước');
    expect(head?.due).toBe('05/01/2026');
    expect(tasks.rows.map((r) => r.no)).toEqual(tasks.rows.map((_, i) => i + 1));
    expect(data.defaultTasksUsed).toBe(false);
  });

  it('uses the default tasks in memory when the conference has none', () => {
    const ctx = context();
    expect(ctx.conference.preparationTasks).toEqual([]);
    const d = planJob(ctx);
    expect(d.defaultTasksUsed).toBe(true);
    const tasks = section(d, 'IV.').blocks.find((b) => b.kind === 'tasks');
    if (tasks?.kind !== 'tasks') throw new Error('no task table');
    expect(tasks.rows.length).toBeGreaterThan(10);
    expect(tasks.rows.some((r) => r.title.includes('danh sách đề cử Ban Thanh tra'))).toBe(true);
    expect(ctx.conference.preparationTasks).toEqual([]);
  });

  it('prints the owner typed as text, and a blank cell for a removed person', () => {
    const ctx = contextWithTasks();
    const [first, second, ...rest] = ctx.conference.preparationTasks;
    if (!first || !second) throw new Error('tasks');
    const d = planJob({
      ...ctx,
      conference: {
        ...ctx.conference,
        preparationTasks: [
          { ...first, owner: { text: 'Văn phòng Vụ' } },
          { ...second, owner: { personId: 'gone' }, dueDate: undefined },
          ...rest,
        ],
      },
    });
    const tasks = section(d, 'IV.').blocks.find((b) => b.kind === 'tasks');
    if (tasks?.kind !== 'tasks') throw new Error('no task table');
    expect(tasks.rows[0]?.owner).toBe('Văn phòng Vụ');
    expect(tasks.rows[1]?.owner).toBe('');
    expect(tasks.rows[1]?.due).toBe('');
  });

  it('numbers the duties in order, the board’s only when a board sits', () => {
    const v = items(section(data, 'V.').blocks);
    expect(v.map((i) => `${i.label} ${i.lead ?? ''}`)).toEqual([
      '1. Thủ trưởng đơn vị:',
      '2. Ban Chấp hành Công đoàn:',
      '3. Ban Thanh tra nhân dân:',
      '4. Các phòng, ban, tổ công đoàn:',
    ]);
    expect(v[1]?.text).toContain('danh sách đề cử Ban Thanh tra nhân dân nhiệm kỳ 2026–2028');
    const noBoard = planJob({ ...contextWithTasks(), inspectionBoard: undefined });
    expect(items(section(noBoard, 'V.').blocks).map((i) => i.label)).toEqual(['1.', '2.', '3.']);
    const closing = section(data, 'V.').blocks.at(-1);
    expect(closing?.kind === 'paragraph' && closing.text.endsWith('./.')).toBe(true);
  });

  it('is signed by the union chair (left) and the head (right), with "Nơi nhận"', () => {
    expect(data.signatures).toEqual([
      { authority: 'TM. BAN CHẤP HÀNH', title: 'CHỦ TỊCH', name: 'Nguyễn Thị Hương' },
      { authority: '', title: 'VỤ TRƯỞNG', name: 'Phan Thanh Ước' },
    ]);
    expect(data.recipients).toEqual({
      entries: [
        'Công đoàn Bộ Nông nghiệp và Môi trường (để báo cáo)',
        'Các phòng, ban, tổ công đoàn (để thực hiện)',
      ],
      archive: 'VT, CĐCS',
    });
  });

  it('leaves blanks for what is not recorded yet', () => {
    const d = planJob(contextWithTasks({ venue: '', date: undefined }));
    const ii = items(section(d, 'II.').blocks);
    expect(ii[1]?.text).toBe(`Địa điểm: ${BLANK}.`);
    expect(ii[0]?.text).toContain(`ngày ${BLANK} tháng ${BLANK} năm 2026`);
  });
});

describe('wording helpers', () => {
  it('writes the hour and the day as official documents do', () => {
    expect(clockText('07:30')).toBe('07 giờ 30');
    expect(
      conferenceWhenText({ date: '2026-01-15', startTime: '08:00', agenda: [], year: 2026 }),
    ).toBe('08 giờ 00, thứ Năm, ngày 15 tháng 01 năm 2026');
    expect(
      conferenceWhenText({ date: '2026-03-08', startTime: '14:00', agenda: [], year: 2026 }),
    ).toBe('14 giờ 00, Chủ nhật, ngày 08 tháng 3 năm 2026');
  });

  it('names people and guests', () => {
    expect(honorific('male')).toBe('Ông');
    expect(honorific('female')).toBe('Bà');
    expect(honorific(undefined)).toBe('Ông/Bà');
    expect(
      guestReference({ fullName: ' Lê  Văn Tám ', title: '', organisation: 'Sở Nội vụ' }),
    ).toBe('Ông/Bà Lê Văn Tám, Sở Nội vụ');
    expect(unionExecutiveText('Công đoàn cơ sở Trường THCS Ba Đình')).toBe(
      'Ban Chấp hành Công đoàn cơ sở Trường THCS Ba Đình',
    );
    expect(unionExecutiveText('Trường THCS Ba Đình')).toBe(
      'Ban Chấp hành Công đoàn Trường THCS Ba Đình',
    );
  });

  it('names the work years from the unit’s year end (R5)', () => {
    const calendar = UnitProfileSchema.parse({});
    expect(workPeriods(2026, calendar, rules)).toEqual({ reviewed: 'năm 2025', next: 'năm 2026' });
    const school = UnitProfileSchema.parse({ workYearEnd: { day: 31, month: 8 } });
    expect(workPeriods(2025, school, ruleSet('education-11-hd-cdn'))).toEqual({
      reviewed: 'năm học 2024–2025',
      next: 'năm học 2025–2026',
    });
    expect(workPeriods(2025, school, rules).reviewed).toBe('năm công tác 2024–2025');
  });
});
