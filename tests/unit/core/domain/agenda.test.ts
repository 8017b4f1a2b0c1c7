import { describe, expect, it } from 'vitest';
import {
  AgendaItemSchema,
  defaultAgenda,
  defaultAgendaKinds,
  defaultPresidium,
  minutesToTime,
  scheduleAgenda,
  timeToMinutes,
  validateAgenda,
  type AgendaContext,
  type AgendaItem,
} from '../../../../core/domain/agenda';
import {
  AGENDA_KIND_INFO,
  AGENDA_KINDS,
  STATUTORY_STEPS,
  type AgendaKind,
} from '../../../../core/domain/agendaKinds';
import { PersonSchema, type Person, type Role } from '../../../../core/domain/person';

function person(id: string, rosterNo: number, roles: Role[] = [], active = true): Person {
  return PersonSchema.parse({ id, rosterNo, fullName: `Nguyễn Văn ${id}`, roles, active });
}

const people = [
  person('old-head', 1, ['head'], false),
  person('head', 2, ['head']),
  person('chair', 3, ['unionChair', 'unionMember']),
  person('staff', 4, ['unionMember']),
];

function counter(): () => string {
  let n = 0;
  return () => `i${++n}`;
}

const full: AgendaContext = { form: 'full', hasBoard: true, electionDue: false };

function agenda(ctx: AgendaContext = full): AgendaItem[] {
  return defaultAgenda({ conference: { form: ctx.form }, people, ...ctx, newId: counter() });
}

function without(items: AgendaItem[], kind: AgendaKind): AgendaItem[] {
  return items.filter((i) => i.kind !== kind);
}

function move(items: AgendaItem[], kind: AgendaKind, beforeKind: AgendaKind | null): AgendaItem[] {
  const item = items.find((i) => i.kind === kind);
  if (!item) throw new Error(kind);
  const rest = items.filter((i) => i !== item);
  const at = beforeKind === null ? rest.length : rest.findIndex((i) => i.kind === beforeKind);
  return [...rest.slice(0, at), item, ...rest.slice(at)];
}

function messages(items: AgendaItem[], ctx: AgendaContext = full) {
  return validateAgenda(items, ctx).map((f) => `${f.level}: ${f.message}`);
}

describe('the kinds table (Điều 51.4)', () => {
  it('has a title, a positive duration and a source for every kind', () => {
    for (const kind of AGENDA_KINDS) {
      const info = AGENDA_KIND_INFO[kind];
      expect(info.title.length).toBeGreaterThan(0);
      expect(info.durationMinutes).toBeGreaterThan(0);
      expect(info.source.length).toBeGreaterThan(0);
    }
  });

  it('gives the nine letters a–i in the Law’s order, each with its source article', () => {
    expect(STATUTORY_STEPS.map((s) => s.letter).join('')).toBe('abcdđeghi');
    for (const s of STATUTORY_STEPS) {
      expect(AGENDA_KIND_INFO[s.kind].letter).toBe(s.letter);
      expect(s.source).toContain(`Điều 51.4.${s.letter}`);
    }
  });
});

describe('defaultAgenda', () => {
  it('puts the ceremonial frame first, then a–i, the resolution last before the closing', () => {
    expect(defaultAgendaKinds({ form: 'full', hasBoard: true, electionDue: true })).toEqual([
      'flagSalute',
      'purposeAndGuests',
      'presidiumAndSecretary',
      'programmeApproval',
      'opening',
      'headReport',
      'unionReport',
      'discussion',
      'answers',
      'boardReport',
      'decisions',
      'boardElection',
      'awards',
      'covenant',
      'resolution',
      'closing',
    ]);
  });

  it('adds the credentials report only at a delegates’ conference, before the opening', () => {
    const kinds = defaultAgendaKinds({ form: 'delegates', hasBoard: false, electionDue: false });
    expect(kinds.indexOf('credentials')).toBe(kinds.indexOf('opening') - 1);
    expect(kinds).not.toContain('boardReport');
    expect(kinds).not.toContain('boardElection');
    expect(defaultAgendaKinds(full)).not.toContain('credentials');
  });

  it('fills head and union chair from the active roster; other roles as text', () => {
    const items = agenda();
    const by = (kind: AgendaKind) => items.find((i) => i.kind === kind)?.presenter;
    expect(by('headReport')).toEqual({ personId: 'head' });
    expect(by('unionReport')).toEqual({ personId: 'chair' });
    expect(by('discussion')).toEqual({ name: 'Đoàn Chủ tịch' });
    expect(by('boardReport')).toEqual({ name: 'Trưởng Ban Thanh tra nhân dân' });
    expect(by('resolution')).toEqual({ name: 'Thư ký hội nghị' });
    expect(by('flagSalute')).toEqual({});
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) expect(AgendaItemSchema.parse(item)).toEqual(item);
  });

  it('falls back to the role name when nobody holds the role', () => {
    const items = defaultAgenda({
      conference: { form: 'full' },
      people: [],
      hasBoard: false,
      electionDue: false,
      newId: counter(),
    });
    expect(items.find((i) => i.kind === 'headReport')?.presenter).toEqual({
      name: 'Thủ trưởng cơ quan, đơn vị',
    });
  });

  it.each([
    { form: 'full', hasBoard: true, electionDue: false },
    { form: 'full', hasBoard: true, electionDue: true },
    { form: 'full', hasBoard: false, electionDue: true },
    { form: 'full', hasBoard: false, electionDue: false },
    { form: 'delegates', hasBoard: true, electionDue: false },
    { form: 'delegates', hasBoard: true, electionDue: true },
    { form: 'delegates', hasBoard: false, electionDue: true },
    { form: 'delegates', hasBoard: false, electionDue: false },
  ] as const)('passes validation: %o', (ctx) => {
    expect(validateAgenda(agenda(ctx), ctx)).toEqual([]);
  });
});

describe('defaultPresidium', () => {
  it('is the active head and the union chair, no secretary yet', () => {
    expect(defaultPresidium(people)).toEqual({ presidiumIds: ['head', 'chair'], secretaryIds: [] });
  });
});

describe('validateAgenda (R7, Luật 10/2022 Điều 51.4)', () => {
  it('names a missing statutory step with its letter and wording', () => {
    const found = validateAgenda(without(agenda(), 'discussion'), full);
    expect(found).toEqual([
      {
        rule: 'R7',
        level: 'error',
        message: 'Thiếu bước c (Điều 51.4): Hội nghị thảo luận, góp ý kiến, kiến nghị.',
        source: 'Luật 10/2022/QH15, Điều 51.4',
      },
    ]);
  });

  it('requires step đ only when a Ban TTND exists', () => {
    const items = without(agenda(), 'boardReport');
    expect(messages(items)).toEqual([
      'error: Thiếu bước đ (Điều 51.4): Đại diện Ban Thanh tra nhân dân báo cáo kết quả hoạt động trong năm và chương trình hoạt động năm tới.',
    ]);
    expect(validateAgenda(items, { ...full, hasBoard: false })).toEqual([]);
  });

  it('reminds about step e when nothing is to be decided, requires it when an election is due', () => {
    const noE = without(agenda(), 'decisions');
    const [reminder] = validateAgenda(noE, full);
    expect(reminder?.level).toBe('warning');
    expect(reminder?.message).toMatch(
      /^Chưa có bước e \(Điều 51\.4\): Hội nghị thảo luận, quyết định/,
    );
    const due = { ...full, electionDue: true };
    const [missing, ...rest] = validateAgenda(noE, due);
    expect(missing?.level).toBe('error');
    expect(missing?.message).toMatch(/^Thiếu bước e .*đến kỳ bầu Ban Thanh tra nhân dân/);
    expect(rest).toEqual([]);
  });

  it('accepts the election alone as step e', () => {
    const due = { ...full, electionDue: true };
    expect(validateAgenda(without(agenda(due), 'decisions'), due)).toEqual([]);
  });

  it('reports an election that is due but not on the programme', () => {
    const due = { ...full, electionDue: true };
    expect(validateAgenda(agenda(full), due)).toEqual([
      {
        rule: 'R7',
        level: 'error',
        message:
          'Đến kỳ bầu Ban Thanh tra nhân dân (Điều 60.3) nhưng chương trình chưa có mục “Bầu Ban Thanh tra nhân dân”: hãy thêm mục này trong hoặc ngay sau bước e.',
        source: 'Luật 10/2022/QH15, Điều 49.1, 51.4.e, 60.3',
      },
    ]);
  });

  it('names the two steps that are out of order', () => {
    const items = move(agenda(), 'unionReport', 'answers'); // a, c, b, d
    expect(messages(items)).toEqual([
      'error: Sai thứ tự (Điều 51.4): bước b (Báo cáo của Ban Chấp hành Công đoàn) đang đứng sau bước c (Thảo luận, góp ý, kiến nghị); bước b phải diễn ra trước bước c.',
    ]);
  });

  it('blames the one misplaced step, not its neighbours', () => {
    const items = move(agenda(), 'resolution', 'headReport'); // i first
    const found = validateAgenda(items, full);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toBe(
      'Sai thứ tự (Điều 51.4): bước i (Thông qua nghị quyết) đang đứng trước bước h (Ký kết giao ước thi đua); bước i phải diễn ra sau bước h.',
    );
    expect(found[0]?.itemId).toBe(items.find((i) => i.kind === 'resolution')?.id);
  });

  it('requires the election inside or right after step e, not after g', () => {
    const due = { ...full, electionDue: true };
    const late = move(agenda(due), 'boardElection', 'covenant'); // after awards (g)
    expect(messages(late, due)).toEqual([
      'error: Mục bầu Ban Thanh tra nhân dân đang đứng sau bước g (Khen thưởng, phát động thi đua): việc bầu là nội dung của bước e (Điều 49.1, 51.4.e), phải diễn ra trong hoặc ngay sau bước e, trước bước g.',
    ]);
  });

  it('requires the election after step e, not before it', () => {
    const due = { ...full, electionDue: true };
    const early = move(agenda(due), 'boardElection', 'decisions');
    expect(messages(early, due)).toEqual([
      'error: Mục bầu Ban Thanh tra nhân dân đang đứng trước bước e (Quyết định các nội dung thuộc Điều 49): việc bầu là nội dung của bước e (Điều 49.1, 51.4.e), phải diễn ra trong hoặc ngay sau bước e.',
    ]);
  });

  it('allows other items between step e and the election', () => {
    const due = { ...full, electionDue: true };
    const items = agenda(due);
    const at = items.findIndex((i) => i.kind === 'boardElection');
    const breakItem = {
      ...items[0],
      id: 'x',
      kind: 'custom',
      title: 'Nghỉ giải lao',
    } as AgendaItem;
    items.splice(at, 0, breakItem);
    expect(validateAgenda(items, due)).toEqual([]);
  });

  it('warns when a custom item follows the resolution', () => {
    const items = agenda();
    const custom: AgendaItem = {
      id: 'x',
      kind: 'custom',
      title: 'Văn nghệ',
      durationMinutes: 10,
      presenter: {},
      notes: '',
    };
    items.splice(items.length - 1, 0, custom); // between resolution and closing
    const found = validateAgenda(items, full);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ level: 'warning', itemId: 'x' });
    expect(found[0]?.message).toBe(
      'Mục 15 “Văn nghệ” đứng sau “Thông qua nghị quyết”: thông qua nghị quyết là nội dung cuối cùng của hội nghị (Điều 51.4.i), chỉ nên để “Bế mạc” sau mục này — nếu nội dung cần đưa vào nghị quyết, hãy chuyển lên trước.',
    );
  });

  it('reports a statutory step after the resolution as an order error', () => {
    const items = move(agenda(), 'awards', 'closing');
    expect(messages(items)).toEqual([
      'error: Sai thứ tự (Điều 51.4): bước g (Khen thưởng, phát động thi đua) đang đứng sau bước h (Ký kết giao ước thi đua); bước g phải diễn ra trước bước h.',
    ]);
  });

  it('warns once when the closing is not the last item', () => {
    const items = move(agenda(), 'closing', 'resolution');
    expect(messages(items)).toEqual([
      'warning: “Bế mạc” (mục 14) chưa phải mục cuối: còn 1 mục đứng sau (“Thông qua nghị quyết hội nghị”). Hãy chuyển “Bế mạc” xuống cuối chương trình.',
    ]);
  });

  it('reports a duplicated statutory step with its positions', () => {
    const items = agenda();
    const discussion = items.find((i) => i.kind === 'discussion');
    if (!discussion) throw new Error('no discussion');
    items.splice(9, 0, { ...discussion, id: 'again' });
    const found = validateAgenda(items, full);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ level: 'error', itemId: 'again' });
    expect(found[0]?.message).toBe(
      'Bước c (Thảo luận, góp ý, kiến nghị) có 2 mục trong chương trình (mục 8, 10): mỗi bước của Điều 51.4 chỉ có một mục — hãy gộp lại hoặc đổi mục thừa thành “Nội dung khác”.',
    );
  });

  it('reports an empty title', () => {
    const items = agenda().map((i) => (i.kind === 'opening' ? { ...i, title: '  ' } : i));
    expect(messages(items)).toEqual([
      'error: Mục 5 chưa có tiêu đề (loại: Phát biểu khai mạc hội nghị): hãy nhập tiêu đề sẽ in trong chương trình.',
    ]);
  });

  it.each([0, -5, 601, 1.5])('reports a duration of %s minutes', (minutes) => {
    const items = agenda().map((i) =>
      i.kind === 'covenant' ? { ...i, durationMinutes: minutes } : i,
    );
    expect(messages(items)).toEqual([
      `error: Mục 13 “Ký kết giao ước thi đua giữa thủ trưởng và Chủ tịch Công đoàn”: thời lượng ${minutes} phút không hợp lệ — phải là số phút nguyên từ 1 đến 600.`,
    ]);
  });

  it('warns about a statutory step without a presenter, not about ceremonies', () => {
    const items = agenda().map((i) =>
      i.kind === 'answers' || i.kind === 'purposeAndGuests'
        ? { ...i, presenter: { name: ' ' } }
        : i,
    );
    expect(messages(items)).toEqual([
      'warning: Bước d “Thủ trưởng và Chủ tịch Công đoàn giải trình, trả lời ý kiến” chưa có người trình bày hoặc điều hành (thường là Thủ trưởng cơ quan, đơn vị).',
    ]);
  });

  it('warns about a board report when no board is recorded', () => {
    const found = validateAgenda(agenda(), { ...full, hasBoard: false });
    expect(found).toHaveLength(1);
    expect(found[0]?.level).toBe('warning');
    expect(found[0]?.message).toMatch(/^Đơn vị chưa ghi nhận Ban Thanh tra nhân dân/);
  });

  it('notes an election that is not due (only for a by-election, Điều 60.3)', () => {
    const items = agenda({ ...full, electionDue: true });
    const found = validateAgenda(items, full);
    expect(found.map((f) => f.level)).toEqual(['info']);
    expect(found[0]?.message).toMatch(/bầu bổ sung, thay thế thành viên/);
  });

  it('warns about a credentials report at a full assembly; notes its absence at delegates', () => {
    const delegates = { ...full, form: 'delegates' } as const;
    const found = validateAgenda(agenda(delegates), full);
    expect(found.map((f) => f.level)).toEqual(['warning']);
    expect(found[0]?.message).toMatch(/chỉ dùng cho hội nghị đại biểu/);
    const missing = validateAgenda(agenda(full), delegates);
    expect(missing.map((f) => f.level)).toEqual(['info']);
  });

  it('lists every step for an empty programme', () => {
    const found = validateAgenda([], { ...full, electionDue: true });
    expect(found.filter((f) => f.level === 'error')).toHaveLength(9);
  });
});

describe('scheduleAgenda', () => {
  const item = (id: string, durationMinutes: number): AgendaItem => ({
    id,
    kind: 'custom',
    title: `Mục ${id}`,
    durationMinutes,
    presenter: {},
    notes: '',
  });

  it('converts times both ways', () => {
    expect(timeToMinutes('07:05')).toBe(425);
    expect(timeToMinutes('24:00')).toBeUndefined();
    expect(minutesToTime(425)).toBe('07:05');
  });

  it('places items one after the other', () => {
    const s = scheduleAgenda([item('a', 5), item('b', 30), item('c', 25)], '07:30');
    expect(s.slots.map((x) => [x.start, x.end])).toEqual([
      ['07:30', '07:35'],
      ['07:35', '08:05'],
      ['08:05', '08:30'],
    ]);
    expect(s).toMatchObject({ end: '08:30', totalMinutes: 60, findings: [] });
  });

  it('crosses noon on the 24-hour clock', () => {
    const s = scheduleAgenda([item('a', 20), item('b', 90)], '11:50');
    expect(s.slots.map((x) => [x.start, x.end])).toEqual([
      ['11:50', '12:10'],
      ['12:10', '13:40'],
    ]);
    expect(s.end).toBe('13:40');
  });

  it('schedules the default programme from 07:30', () => {
    const s = scheduleAgenda(agenda({ ...full, electionDue: true }), '07:30');
    expect(s.findings).toEqual([]);
    expect(s.totalMinutes).toBe(265);
    expect(s.end).toBe('11:55');
  });

  it('accepts a programme ending at 23:59 and refuses one that runs past it', () => {
    expect(scheduleAgenda([item('a', 59)], '23:00').end).toBe('23:59');
    const s = scheduleAgenda([item('a', 30), item('b', 60)], '23:00');
    expect(s.end).toBeNull();
    expect(s.slots.map((x) => x.item.id)).toEqual(['a']);
    expect(s.totalMinutes).toBe(90);
    expect(s.findings).toEqual([
      {
        rule: 'D2',
        level: 'error',
        message:
          'Mục 2 “Mục b” bắt đầu lúc 23:30 và kéo dài 60 phút, vượt quá 23:59: chương trình phải kết thúc trong ngày — hãy bắt đầu sớm hơn hoặc rút ngắn thời lượng.',
        source: 'Chương trình hội nghị (D2): giờ ghi theo hh:mm trong một ngày',
      },
    ]);
  });

  it('refuses a malformed start time', () => {
    const s = scheduleAgenda([item('a', 5)], '7:30');
    expect(s.end).toBeNull();
    expect(s.findings[0]?.message).toMatch(/^Giờ bắt đầu “7:30” không hợp lệ/);
  });

  it('gives an invalid duration no time (validateAgenda reports it)', () => {
    const s = scheduleAgenda([item('a', 10), item('b', -5), item('c', 10)], '08:00');
    expect(s.slots.map((x) => x.end)).toEqual(['08:10', '08:10', '08:20']);
  });
});
