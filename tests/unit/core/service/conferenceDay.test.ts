import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/service/dispatch';
import type { ChannelInput, ChannelOutput } from '../../../../core/contract';
import { vietnamInstant } from '../../../../core/domain/vietnamTime';
import { startService, type TestApp } from '../../../support/service';

const vietnam = (h: number, m: number) =>
  new Date(
    vietnamInstant('2026-01-15', `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  );

/** The conference day's clock, on Vietnam's time whatever this machine's zone: set by the test. */
function dayClock() {
  let now = vietnam(7, 45);
  return {
    now: () => now,
    at(h: number, m: number) {
      now = vietnam(h, m);
    },
  };
}

const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hùng', 'Khoa', 'Lan', 'Minh'];

/**
 * A unit of 30 (quorum 20, a vote needs 16 of 30), with a head and a union chair, one conference
 * on 15/01/2026 with the default programme, and `present` of the 30 checked in.
 */
async function conferenceDay(app: TestApp, present = 30) {
  const head = await app.call('people:save', {
    fullName: 'Phan Thanh Ước',
    roles: ['head'],
    department: 'Ban Giám đốc',
  });
  const chair = await app.call('people:save', {
    fullName: 'Hồ Thanh Hiếu',
    department: 'Phòng Tổ chức',
  });
  const staff = [head, chair];
  for (let i = 2; i < 30; i += 1) {
    staff.push(
      await app.call('people:save', {
        fullName: `${['Nguyễn Văn', 'Trần Thị', 'Lê Văn'][i % 3]} ${GIVEN[i % 10]} ${i}`,
        department: i % 2 ? 'Phòng Kế hoạch' : 'Phòng Hành chính',
      }),
    );
  }
  await app.call('unit:save', { name: 'Trung tâm Dịch vụ công', unionChairId: chair.id });
  const { id } = await app.call('conference:create', {
    year: 2026,
    date: '2026-01-15',
    startTime: '08:00',
    venue: 'Hội trường tầng 3',
  });
  const { agenda } = await app.call('agenda:reset', { id });
  for (const person of staff.slice(0, present))
    await app.call('attendance:mark', { conferenceId: id, personId: person.id, status: 'present' });
  const item = (kind: string) => {
    const found = agenda.find((i) => i.kind === kind);
    if (!found) throw new Error(`no ${kind} in the default programme`);
    return found;
  };
  return { id, head, chair, staff, agenda, item };
}

type VoteInput = ChannelInput<'proceedings:recordVote'>['vote'];

describe('the conference day through the service', () => {
  it('runs the agenda live: moving on records start and end, summaries are saved as typed', async () => {
    const clock = dayClock();
    const app = startService(undefined, clock.now);
    const day = await conferenceDay(app);
    const flag = day.agenda[0]!;
    const second = day.agenda[1]!;

    clock.at(8, 3);
    let view = await app.call('proceedings:moveTo', { conferenceId: day.id, itemId: flag.id });
    expect(view.proceedings.openedAt).toBe('08:03');
    expect(view.liveAgenda).toMatchObject({ currentId: flag.id, nextId: second.id });
    expect(view.quorum).toMatchObject({ present: 30, base: 30, needed: 20, reached: true });
    expect(view.quorumSource).toBe('Luật 10/2022/QH15, Điều 51.2.c');

    clock.at(8, 12);
    view = await app.call('proceedings:moveTo', { conferenceId: day.id, itemId: second.id });
    const [first, running] = view.liveAgenda.items;
    expect(first).toMatchObject({ actualStart: '08:03', actualEnd: '08:12', status: 'done' });
    expect(running).toMatchObject({ actualStart: '08:12', status: 'current' });
    // Started 08:12 against the programme's time for the second item.
    const [hh, mm] = (running?.plannedStart ?? '').split(':').map(Number);
    expect(view.liveAgenda.delayMinutes).toBe(8 * 60 + 12 - ((hh ?? 0) * 60 + (mm ?? 0)));

    // Keystroke-level saves: each answers with its time only, the last text wins.
    let text = '';
    for (const word of 'Đoàn Chủ tịch gồm đồng chí Phan Thanh Ước'.split(' ')) {
      text += `${word} `;
      const saved = await app.call('proceedings:saveSummary', {
        conferenceId: day.id,
        itemId: second.id,
        summary: text,
      });
      expect(saved).toEqual({ itemId: second.id, savedAt: clock.now().toISOString() });
    }
    clock.at(8, 20);
    view = await app.call('proceedings:close', { conferenceId: day.id });
    expect(view.proceedings.items[second.id]).toMatchObject({
      summary: 'Đoàn Chủ tịch gồm đồng chí Phan Thanh Ước ',
      endedAt: clock.now().toISOString(),
    });
    expect(view.proceedings).toMatchObject({ closedAt: '08:20' });
    expect(view.liveAgenda.currentId).toBeNull();

    // Flushed and read back by a new service on the same folder: nothing typed is lost.
    await app.storage.flush();
    const again = startService(app.dataDir, clock.now);
    const reread = await again.call('proceedings:get', { conferenceId: day.id });
    expect(reread.proceedings.items[second.id]?.summary).toBe(
      'Đoàn Chủ tịch gồm đồng chí Phan Thanh Ước ',
    );
  });

  it('records 6 opinions and 2 answers, 5 votes (one failing by one vote), adopts and amends the resolution', async () => {
    const clock = dayClock();
    const app = startService(undefined, clock.now);
    const day = await conferenceDay(app);
    const conferenceId = day.id;
    const discussion = day.item('discussion').id;
    clock.at(9, 30);

    // The resolution drafted before the conference, with a task the discussion will touch.
    let resolution = await app.call('resolution:saveItems', {
      conferenceId,
      items: [
        {
          section: 'targets',
          indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
          target: 98,
          unitOfMeasure: '%',
        },
        {
          section: 'tasks',
          indicator: 'Số hoá hồ sơ lưu trữ từ năm 2015',
          owner: { kind: 'head' },
          deadline: '2026-12-31',
        },
        {
          section: 'implementation',
          indicator: 'Tổ chức quán triệt nghị quyết đến toàn thể viên chức',
          owner: { kind: 'union' },
        },
      ],
    });
    expect(resolution.sections.map((s) => s.label)).toEqual(['I.', 'II.', 'III.']);
    const taskId = resolution.resolution.items.find((i) => i.section === 'tasks')!.id;
    expect(resolution.resolution.items.find((i) => i.id === taskId)?.text).toBe(
      'Số hoá hồ sơ lưu trữ từ năm 2015; giao Thủ trưởng cơ quan, đơn vị chủ trì thực hiện; thời hạn: 31/12/2026.',
    );
    resolution = await app.call('resolution:setStage', { conferenceId, stage: 'forOpinion' });
    expect(resolution.resolution.versions.map((v) => v.stage)).toEqual(['draft']);

    // Six opinions: four from the roster, two typed in; two answered by the head and the chair.
    const speakers = [
      { personId: day.staff[5]!.id },
      { personId: day.staff[8]!.id },
      { name: 'Bà Lê Thị Khách (đại biểu khối hợp đồng)' },
      { personId: day.staff[12]!.id },
      { personId: day.staff[20]!.id },
      { name: 'Ông Trần Văn Tự do' },
    ];
    const opinions: ChannelOutput<'proceedings:saveOpinion'>['opinion'][] = [];
    for (const [i, speaker] of speakers.entries()) {
      const { opinion } = await app.call('proceedings:saveOpinion', {
        conferenceId,
        opinion: {
          agendaItemId: discussion,
          speaker,
          content: `Ý kiến số ${i + 1} về kế hoạch năm 2026.`,
        },
      });
      opinions.push(opinion);
    }
    // The roster's department is filled in; a typed-in speaker keeps what was said.
    expect(opinions[0]?.department).toBe(day.staff[5]!.department);
    expect(opinions[2]?.department).toBe('');
    await app.call('proceedings:saveOpinion', {
      conferenceId,
      opinion: {
        ...opinions[0]!,
        answer: {
          by: { personId: day.head.id },
          content: 'Thủ trưởng tiếp thu, bổ sung vào nhiệm vụ số hoá.',
        },
        takenIntoResolution: true,
        resolutionItemId: taskId,
      },
    });
    await app.call('proceedings:saveOpinion', {
      conferenceId,
      opinion: {
        ...opinions[3]!,
        answer: {
          by: { personId: day.chair.id },
          content: 'Công đoàn sẽ kiến nghị tăng mức hỗ trợ.',
        },
      },
    });

    // Five votes: presidium, programme, countingBoard, a draft failing by one vote, the resolution.
    const votes: [VoteInput, string][] = [
      [{ subject: 'presidium', votesFor: 30, votesAgainst: 0, votesOther: 0 }, 'passes'],
      [{ subject: 'programme', votesFor: 29, votesAgainst: 0, votesOther: 1 }, 'passes'],
      [{ subject: 'countingBoard', votesFor: 28, votesAgainst: 1, votesOther: 1 }, 'passes'],
      [
        {
          subject: 'draftOpinion',
          title: 'Dự thảo Quy chế chi tiêu nội bộ (sửa đổi)',
          votesFor: 15,
          votesAgainst: 12,
          votesOther: 3,
        },
        'fails',
      ],
      [{ subject: 'resolution', votesFor: 27, votesAgainst: 2, votesOther: 1 }, 'passes'],
    ];
    const recorded: ChannelOutput<'proceedings:recordVote'>['vote'][] = [];
    for (const [input, expected] of votes) {
      const { vote, outcome } = await app.call('proceedings:recordVote', {
        conferenceId,
        vote: input,
      });
      expect(vote.present).toBe(30); // from check-in at that moment
      expect(outcome.status).toBe(expected);
      recorded.push(vote);
    }
    const failing = recorded[3]!;
    expect(failing.title).toBe('Dự thảo Quy chế chi tiêu nội bộ (sửa đổi)');
    expect(recorded[0]?.title).toBe('Thông qua Đoàn Chủ tịch và Thư ký hội nghị');
    let view = await app.call('proceedings:get', { conferenceId });
    expect(view.outcomes[failing.id]).toMatchObject({ needed: 16, passes: false });
    expect(view.outcomes[failing.id]?.sentence).toBe(
      'Đồng ý 15/30 người có mặt (50,00%) — không thông qua (cần ít nhất 16)',
    );
    expect(view.proceedings.opinions.filter((o) => o.answer)).toHaveLength(2);
    expect(view.proceedings.opinions).toHaveLength(6);

    // Revised at the conference, then adopted by the passing vote on the whole resolution.
    await app.call('resolution:setStage', { conferenceId, stage: 'revised' });
    const refused = await dispatch(app.handlers, 'resolution:setStage', {
      conferenceId,
      stage: 'adopted',
      voteId: failing.id,
    });
    expect(!refused.ok && refused.error.message).toMatch(
      /không phải biểu quyết thông qua toàn văn nghị quyết/,
    );
    const adoptingVote = recorded[4]!;
    resolution = await app.call('resolution:setStage', {
      conferenceId,
      stage: 'adopted',
      voteId: adoptingVote.id,
    });
    expect(resolution).toMatchObject({ locked: true });
    expect(resolution.resolution).toMatchObject({
      stage: 'adopted',
      adoptedByVoteId: adoptingVote.id,
      adoptedAt: adoptingVote.at,
    });
    expect(resolution.adoptedBy?.outcome.sentence).toBe(
      'Đồng ý 27/30 người có mặt (90,00%) — thông qua',
    );
    expect(resolution.resolution.versions.map((v) => v.stage)).toEqual([
      'draft',
      'forOpinion',
      'revised',
    ]);

    // Locked: the draft channel refuses, the adopting vote cannot be changed or deleted.
    const items = resolution.resolution.items;
    const locked = await dispatch(app.handlers, 'resolution:saveItems', { conferenceId, items });
    expect(!locked.ok && locked.error.code).toBe('CONFLICT');
    expect(!locked.ok && locked.error.message).toMatch(/đã khoá: mọi thay đổi phải ghi lý do/);
    const deleteAdopting = await dispatch(app.handlers, 'proceedings:deleteVote', {
      conferenceId,
      id: adoptingVote.id,
    });
    expect(!deleteAdopting.ok && deleteAdopting.error.code).toBe('CONFLICT');

    // Amended after adoption: the reason is required and logged with what changed.
    const changed = items.map((i) => (i.id === taskId ? { ...i, deadline: '2026-10-31' } : i));
    const noReason = await dispatch(app.handlers, 'resolution:amend', {
      conferenceId,
      items: changed,
      reason: '  ',
    });
    expect(!noReason.ok && noReason.error).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Hãy ghi lý do sửa đổi nghị quyết đã thông qua.',
    });
    clock.at(14, 0);
    resolution = await app.call('resolution:amend', {
      conferenceId,
      items: changed,
      reason: 'Đẩy sớm thời hạn số hoá theo kết luận của Đoàn Chủ tịch',
    });
    expect(resolution.resolution.stage).toBe('adopted');
    expect(resolution.resolution.changeLog).toEqual([
      {
        at: clock.now().toISOString(),
        reason: 'Đẩy sớm thời hạn số hoá theo kết luận của Đoàn Chủ tịch',
        detail:
          'Sửa “…2015; giao Thủ trưởng cơ quan, đơn vị chủ trì thực hiện; thời hạn: 31/12/2026.” thành “…2015; giao Thủ trưởng cơ quan, đơn vị chủ trì thực hiện; thời hạn: 31/10/2026.”.',
      },
    ]);
    expect(resolution.sections[1]?.items[0]?.text).toMatch(/thời hạn: 31\/10\/2026\.$/);
    expect(resolution.resolution.versions.at(-1)?.items).toEqual(items);

    // R9 hook (issue 7) and the guided view: adopted, with its date.
    await app.call('resolution:saveSettings', {
      conferenceId,
      focalPointId: day.chair.id,
      reportRecipient: 'Công đoàn Viên chức tỉnh',
    });
    const summary = (await app.call('workspace:load', {})).conferences[0];
    expect(summary?.steps.find((s) => s.id === 'resolution')).toMatchObject({ state: 'done' });

    // Everything survives a restart.
    await app.storage.flush();
    const again = startService(app.dataDir, clock.now);
    view = await again.call('proceedings:get', { conferenceId });
    expect(view.proceedings.votes).toHaveLength(5);
    expect(view.proceedings.opinions.find((o) => o.id === opinions[0]!.id)).toMatchObject({
      takenIntoResolution: true,
      resolutionItemId: taskId,
      answer: { by: { personId: day.head.id } },
    });
    const reread = await again.call('resolution:get', { conferenceId });
    expect(reread.resolution).toMatchObject({
      stage: 'adopted',
      focalPointId: day.chair.id,
      reportRecipient: 'Công đoàn Viên chức tỉnh',
    });
    expect(reread.resolution.changeLog).toHaveLength(1);
  });

  it('quorum lost mid-conference: the vote is kept but decides nothing (Điều 51.2.c)', async () => {
    const app = startService(undefined, dayClock().now);
    const day = await conferenceDay(app, 25);
    const { vote, outcome } = await app.call('proceedings:recordVote', {
      conferenceId: day.id,
      vote: {
        subject: 'resolution',
        present: 19,
        presentNote: '6 người về sớm',
        votesFor: 19,
        votesAgainst: 0,
        votesOther: 0,
      },
    });
    expect(outcome).toMatchObject({ status: 'noQuorum', passes: false, quorumHeld: false });
    expect(outcome.reason).toContain('Điều 51.2.c');
    const adopt = await dispatch(app.handlers, 'resolution:setStage', {
      conferenceId: day.id,
      stage: 'adopted',
      voteId: vote.id,
    });
    expect(!adopt.ok && adopt.error.code).toBe('INVALID_INPUT');
    expect(
      (await app.call('proceedings:get', { conferenceId: day.id })).proceedings.votes,
    ).toHaveLength(1);
  });

  it('refuses bad input with INVALID_INPUT and a Vietnamese message, and loses nothing', async () => {
    const app = startService(undefined, dayClock().now);
    const day = await conferenceDay(app, 28);
    const conferenceId = day.id;
    const itemId = day.agenda[2]!.id;
    await app.call('proceedings:saveSummary', {
      conferenceId,
      itemId,
      summary: 'Đã ghi trước đó.',
    });
    const good = await app.call('proceedings:recordVote', {
      conferenceId,
      vote: { subject: 'programme', votesFor: 20, votesAgainst: 5, votesOther: 3 },
    });
    const before = await app.call('proceedings:get', { conferenceId });

    const refusals: [keyof typeof app.handlers, unknown, RegExp][] = [
      [
        'proceedings:recordVote',
        {
          conferenceId,
          vote: { subject: 'presidium', votesFor: 20, votesAgainst: 8, votesOther: 1 },
        },
        /^Tổng số phiếu \(29\) vượt số người có mặt \(28\): đồng ý 20, không đồng ý 8, ý kiến khác 1\.$/,
      ],
      [
        'proceedings:recordVote',
        {
          conferenceId,
          vote: { subject: 'presidium', present: 30, votesFor: 20, votesAgainst: 0, votesOther: 0 },
        },
        /nhiều hơn số người đã điểm danh \(28\): hãy điểm danh bổ sung hoặc ghi lý do/,
      ],
      [
        'proceedings:recordVote',
        {
          conferenceId,
          vote: { subject: 'presidium', present: 26, votesFor: 20, votesAgainst: 0, votesOther: 0 },
        },
        /^Số người có mặt khi biểu quyết \(26\) ít hơn số người đã điểm danh \(28\): hãy ghi lý do/,
      ],
      [
        'proceedings:recordVote',
        { conferenceId, vote: { ...good.vote, votesFor: 40 } },
        /^Tổng số phiếu \(48\) vượt số người có mặt \(28\)/,
      ],
      [
        'proceedings:recordVote',
        {
          conferenceId,
          vote: { subject: 'presidium', votesFor: -1, votesAgainst: 0, votesOther: 0 },
        },
        /không đúng định dạng/,
      ],
      [
        'proceedings:recordVote',
        {
          conferenceId,
          vote: { subject: 'resolutionSection', votesFor: 1, votesAgainst: 0, votesOther: 0 },
        },
        /Hãy chọn phần nghị quyết/,
      ],
      [
        'proceedings:saveSummary',
        { conferenceId, itemId, summary: 'x', extra: 1 },
        /không đúng định dạng/,
      ],
      ['proceedings:close', { conferenceId, time: '25:00' }, /không đúng định dạng/],
      [
        'proceedings:saveOpinion',
        {
          conferenceId,
          opinion: { speaker: { name: 'A' }, content: 'x', resolutionItemId: 'ghost' },
        },
        /Không có nội dung nghị quyết này/,
      ],
      ['resolution:amend', { conferenceId, items: [], reason: 'x' }, /chưa được thông qua/],
      [
        'resolution:setStage',
        { conferenceId, stage: 'adopted', voteId: good.vote.id },
        /Nghị quyết chưa có nội dung nào|không phải biểu quyết thông qua toàn văn/,
      ],
    ];
    for (const [channel, payload, message] of refusals) {
      const result = await dispatch(app.handlers, channel, payload);
      expect(result.ok, `${channel} ${JSON.stringify(payload)}`).toBe(false);
      if (!result.ok) {
        expect(['INVALID_INPUT', 'CONFLICT']).toContain(result.error.code);
        expect(result.error.message).toMatch(message);
      }
    }
    const speakerGone = await dispatch(app.handlers, 'proceedings:saveOpinion', {
      conferenceId,
      opinion: { speaker: { personId: 'ghost' }, content: 'x' },
    });
    expect(!speakerGone.ok && speakerGone.error.code).toBe('NOT_FOUND');

    // Nothing was lost or half-written.
    const after = await app.call('proceedings:get', { conferenceId });
    expect(after.proceedings).toEqual(before.proceedings);
    expect(after.proceedings.items[itemId]?.summary).toBe('Đã ghi trước đó.');
  });

  it('a mistaken Alt+→ undone within two minutes leaves no trace; a real item gone back from keeps its times', async () => {
    const clock = dayClock();
    const app = startService(undefined, clock.now);
    const day = await conferenceDay(app);
    const [flag, second, third] = day.agenda;
    if (!flag || !second || !third) throw new Error('the default programme has items');
    const move = (itemId: string) =>
      app.call('proceedings:moveTo', { conferenceId: day.id, itemId });

    clock.at(8, 0);
    await move(flag.id);
    clock.at(8, 5);
    await move(second.id);
    // The chair pressed once too often, and goes back a minute later.
    clock.at(8, 9);
    await move(third.id);
    clock.at(8, 10);
    let view = await move(second.id);
    expect(view.proceedings.items[third.id]).toBeUndefined();
    expect(view.liveAgenda.items[2]).toMatchObject({ actualStart: null, status: 'upcoming' });
    expect(view.liveAgenda.items[1]).toMatchObject({ actualStart: '08:05', status: 'current' });

    // Going back from an item that ran, or that holds a summary, keeps what it recorded.
    clock.at(8, 15);
    await move(third.id);
    await app.call('proceedings:saveSummary', {
      conferenceId: day.id,
      itemId: third.id,
      summary: 'Thông qua chương trình.',
    });
    clock.at(8, 16);
    view = await move(second.id);
    expect(view.liveAgenda.items[2]).toMatchObject({ actualStart: '08:15', actualEnd: '08:16' });
    clock.at(8, 30);
    await move(third.id);
    clock.at(8, 40);
    view = await move(flag.id);
    expect(view.proceedings.items[third.id]?.endedAt).toBe(clock.now().toISOString());
  });

  it('deletes an opinion and gives it back for undo; an opinion id made by the screen is kept', async () => {
    const app = startService(undefined, dayClock().now);
    const day = await conferenceDay(app, 25);
    const input = { id: 'op-1', speaker: { name: 'Bà Hoa' }, content: 'Đề nghị' };
    await app.call('proceedings:saveOpinion', { conferenceId: day.id, opinion: input });
    // Debounced saves of the same opinion update it in place.
    await app.call('proceedings:saveOpinion', {
      conferenceId: day.id,
      opinion: { ...input, content: 'Đề nghị tăng giờ làm thêm' },
    });
    const { removed } = await app.call('proceedings:deleteOpinion', {
      conferenceId: day.id,
      id: 'op-1',
    });
    expect(removed).toMatchObject({ id: 'op-1', content: 'Đề nghị tăng giờ làm thêm' });
    expect(
      (await app.call('proceedings:get', { conferenceId: day.id })).proceedings.opinions,
    ).toEqual([]);
    await app.call('proceedings:saveOpinion', { conferenceId: day.id, opinion: removed });
    const restored = (await app.call('proceedings:get', { conferenceId: day.id })).proceedings
      .opinions;
    expect(restored).toEqual([removed]);
  });
});
