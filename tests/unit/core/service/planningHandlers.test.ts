import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/service/dispatch';
import { validateAgenda } from '../../../../core/domain/agenda';
import { startService, type TestApp } from '../../../support/service';

async function unitWithStaff(app: TestApp, count: number) {
  const head = await app.call('people:save', { fullName: 'Phan Thanh Ước', roles: ['head'] });
  const chair = await app.call('people:save', { fullName: 'Hồ Thanh Hiếu' });
  for (let i = 2; i < count; i += 1)
    await app.call('people:save', {
      fullName: `Nguyễn Văn Người ${String.fromCharCode(65 + (i % 26))}`,
    });
  await app.call('unit:save', { name: 'Vụ Khoa học', unionChairId: chair.id });
  return { head, chair };
}

describe('planning: programme, preparation, board', () => {
  it('builds a default programme that passes R7, with presidium = head + union chair', async () => {
    const app = startService();
    const { head, chair } = await unitWithStaff(app, 12);
    const { id } = await app.call('conference:create', { year: 2026, date: '2026-01-15' });
    const conference = await app.call('agenda:reset', { id });
    const kinds = conference.agenda.map((i) => i.kind);
    // No board recorded: the first election is due, and no board report is expected (Điều 51.4.đ).
    expect(kinds).toContain('boardElection');
    expect(kinds).not.toContain('boardReport');
    expect(kinds.at(-2)).toBe('resolution');
    expect(kinds.at(-1)).toBe('closing');
    expect(
      validateAgenda(conference.agenda, {
        electionDue: true,
        hasBoard: false,
        form: 'full',
      }).filter((f) => f.level === 'error'),
    ).toEqual([]);
    expect(conference.presidium.presidiumIds).toEqual([head.id, chair.id]);
    expect(conference.agenda.find((i) => i.kind === 'headReport')?.presenter.personId).toBe(
      head.id,
    );
  });

  it('with a sitting board elected last year: its report is on the programme and no election', async () => {
    const app = startService();
    await unitWithStaff(app, 12);
    await app.call('board:save', { electedOn: '2025-01-20', memberIds: [] });
    const { id } = await app.call('conference:create', { year: 2026, date: '2026-01-15' });
    const kinds = (await app.call('agenda:reset', { id })).agenda.map((i) => i.kind);
    expect(kinds).toContain('boardReport');
    expect(kinds).not.toContain('boardElection');
    expect((await app.call('workspace:load', {})).inspectionBoard?.electedOn).toBe('2025-01-20');
  });

  it('saves an edited programme and refuses a presidium member who is not on the roster', async () => {
    const app = startService();
    await unitWithStaff(app, 12);
    const { id } = await app.call('conference:create', { year: 2026 });
    const conference = await app.call('agenda:reset', { id });
    const agenda = conference.agenda.map((item, i) =>
      i === 0 ? { ...item, title: 'Chào cờ, hát Quốc ca' } : item,
    );
    const saved = await app.call('agenda:save', { id, agenda, presidium: conference.presidium });
    expect(saved.agenda[0]?.title).toBe('Chào cờ, hát Quốc ca');
    const bad = await dispatch(app.handlers, 'agenda:save', {
      id,
      agenda,
      presidium: { presidiumIds: ['ghost'], secretaryIds: [] },
    });
    expect(!bad.ok && bad.error.code).toBe('NOT_FOUND');
    const tooLong = await dispatch(app.handlers, 'agenda:save', {
      id,
      agenda: [{ ...agenda[0], durationMinutes: 0 }],
      presidium: conference.presidium,
    });
    expect(!tooLong.ok && tooLong.error.code).toBe('INVALID_INPUT');
  });

  it('drafts the preparation plan back from the conference date, with owners from the roles', async () => {
    const app = startService();
    const { head } = await unitWithStaff(app, 12);
    const { id } = await app.call('conference:create', { year: 2026, date: '2026-01-15' });
    const { preparationTasks } = await app.call('preparation:reset', { id });
    expect(preparationTasks.length).toBeGreaterThan(5);
    expect(preparationTasks.every((t) => !t.dueDate || t.dueDate < '2026-01-15')).toBe(true);
    expect(preparationTasks.find((t) => t.kind === 'headReport')?.owner.personId).toBe(head.id);
    const [first, ...rest] = preparationTasks;
    const saved = await app.call('preparation:save', {
      id,
      tasks: [{ ...first!, done: true }, ...rest],
    });
    expect(saved.preparationTasks[0]?.done).toBe(true);
    const [summary] = (await app.call('workspace:load', {})).conferences;
    expect(summary?.steps.find((s) => s.id === 'preparation')?.state).not.toBe('notStarted');
  });
});
