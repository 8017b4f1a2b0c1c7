import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../core/contract';
import { dispatch } from '../../../../core/service/dispatch';
import { paragraphs, readDocumentXml, textOf } from '../../../support/docx';
import { importRosterFixture, startService, type TestApp } from '../../../support/service';

type Entry = ChannelInput<'election:recordBallot'>['entry'];

/** roster-184, the board elected at the 2024 conference, and the 2026 conference on 15/01/2026. */
async function conferenceWithRoster() {
  const app = startService(undefined, () => new Date('2026-01-15T09:00:00+07:00'));
  const people = await importRosterFixture(app, 'roster-184.xlsx', 'deactivate');
  const byName = (name: string) => {
    const p = people.find((x) => x.fullName === name);
    if (!p) throw new Error(`${name} not in roster-184`);
    return p;
  };
  await app.call('unit:save', { name: 'Vụ Khoa học và Công nghệ', placeName: 'Hà Nội' });
  const oldBoard = { electedOn: '2024-01-18', memberIds: [byName('Hồ Thanh Hiếu').id] };
  await app.call('board:save', oldBoard);
  const { id } = await app.call('conference:create', { year: 2026, date: '2026-01-15' });
  const candidates = [
    'Trịnh Thanh Việt',
    'Khúc Quang Giang',
    'Phan Minh Linh',
    'Bùi Đình An',
    'Vũ Thanh Loan',
    'Đinh Hồng Ánh',
    'Nguyễn Tuấn Tú',
  ].map(byName);
  const board = ['Nguyễn Thu Nhung', 'Đặng Thùy Quỳnh', 'Lý Khánh Ý'].map(byName);
  const setup: ChannelInput<'election:saveSetup'>['setup'] = {
    seats: 5,
    candidates: candidates.map((p) => ({ personId: p.id, consent: true })),
    countingBoard: {
      headId: board[0]?.id,
      memberIds: board.map((p) => p.id),
      witnesses: [{ personId: byName('Phạm Thanh Hương').id }, { name: 'Ông Trần Văn Khách' }],
    },
  };
  return { app, id, people, byName, candidates, setup, oldBoard };
}

/** conferenceWithRoster with its setup saved and round 1 started: everyone present is issued a ballot. */
async function roundStarted(figures: { present?: number; mode?: 'ballots' | 'totals' } = {}) {
  const fixture = await conferenceWithRoster();
  const { app, id, setup } = fixture;
  const present = figures.present ?? 150;
  await app.call('election:saveSetup', { conferenceId: id, setup });
  await app.call('election:startRound', {
    conferenceId: id,
    present,
    ballotsIssued: present,
    mode: figures.mode ?? 'ballots',
  });
  return fixture;
}

/** The hall's stack by ballot number: 148 valid, one keeping 6 names, one without the stamp. */
function paperStack(): Entry[] {
  const marks: number[][] = [
    ...Array.from({ length: 100 }, () => [6, 7]),
    ...Array.from({ length: 30 }, () => [1, 2]),
    ...Array.from({ length: 18 }, () => [3, 4]),
    [1],
  ];
  const stack: Entry[] = marks.map((m, i) => ({ serial: i + 1, marks: m }));
  stack.push({ serial: 150, marks: [], invalidReason: 'noStamp' });
  return stack;
}

async function failure(app: TestApp, channel: Parameters<typeof dispatch>[1], input: unknown) {
  const result = await dispatch(app.handlers, channel, input);
  if (result.ok) throw new Error(`${channel} should have failed`);
  return result.error;
}

describe('election service: the full flow on roster-184 (issue 5)', () => {
  it('7 candidates, 5 seats, 150 present; two teams with two disagreements settled; locked; the unit’s board updated', async () => {
    const { app, id, byName, candidates, setup, oldBoard } = await conferenceWithRoster();

    const empty = await app.call('election:get', { conferenceId: id });
    expect(empty.election).toBeNull();
    expect(empty.due.due).toBe(true);
    expect(empty.termLabel).toBe('nhiệm kỳ 2026–2028');
    expect(empty.recognitionDeadline).toBe('2026-01-22');

    // R12: the head is refused with the reason and the article, and nothing is saved.
    const head = byName('Phan Thanh Ước');
    const refused = await failure(app, 'election:saveSetup', {
      conferenceId: id,
      setup: {
        ...setup,
        candidates: [...(setup.candidates ?? []), { personId: head.id, consent: true }],
      },
    });
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.message).toMatch(
      /^Phan Thanh Ước là thủ trưởng: không được là thành viên Ban Thanh tra nhân dân\. \(Luật 10\/2022\/QH15, Điều 60\.2\)$/,
    );
    expect((await app.call('election:get', { conferenceId: id })).election).toBeNull();

    const saved = await app.call('election:saveSetup', { conferenceId: id, setup });
    expect(saved.findings).toEqual([]);
    expect(saved.outcome.status).toBe('setUp');
    expect(saved.election?.audit.map((a) => a.action)).toEqual(['setup:save']);
    // Saving the same setup again (an autosave) is not a change and is not logged.
    const resaved = await app.call('election:saveSetup', { conferenceId: id, setup });
    expect(resaved.election?.audit).toHaveLength(1);

    const started = await app.call('election:startRound', {
      conferenceId: id,
      present: 150,
      ballotsIssued: 150,
      mode: 'ballots',
    });
    const round = started.rounds[0];
    expect(round?.ballotCandidates.map((c) => c.fullName)).toEqual([
      'Bùi Đình An',
      'Đinh Hồng Ánh',
      'Khúc Quang Giang',
      'Phan Minh Linh',
      'Vũ Thanh Loan',
      'Nguyễn Tuấn Tú',
      'Trịnh Thanh Việt',
    ]);
    expect(started.election?.rounds[0]?.candidateIds).toHaveLength(candidates.length);

    // Team A and team B type the same stack; A slips on ballot 20, B on ballot 120.
    const paper = paperStack();
    for (const entry of paper) {
      const a = entry.serial === 20 ? { ...entry, marks: [6] } : entry;
      const b = entry.serial === 120 ? { ...entry, marks: [1, 2, 3] } : entry;
      const ra = await app.call('election:recordBallot', {
        conferenceId: id,
        round: 1,
        team: 'A',
        entry: a,
      });
      expect(ra.nextSerial).toBe(entry.serial + 1);
      await app.call('election:recordBallot', { conferenceId: id, round: 1, team: 'B', entry: b });
    }
    // A corrects ballot 5 twice (a typo, then back): both corrections are logged.
    const typo = await app.call('election:recordBallot', {
      conferenceId: id,
      round: 1,
      team: 'A',
      entry: { serial: 5, marks: [7] },
    });
    expect(typo).toMatchObject({ serial: 5, replaced: true, count: 150, nextSerial: 151 });
    expect(typo.interpretation.valid).toBe(false);
    expect(typo.interpretation.invalidReason).toBe('overVote');
    await app.call('election:recordBallot', {
      conferenceId: id,
      round: 1,
      team: 'A',
      entry: { serial: 5, marks: [6, 7] },
    });
    // B deletes its ballot 149 and types it again.
    const removed = await app.call('election:deleteBallot', {
      conferenceId: id,
      round: 1,
      team: 'B',
      serial: 149,
    });
    expect(removed).toMatchObject({
      count: 149,
      nextSerial: 151,
      deleted: { serial: 149, marks: [1] },
    });
    await app.call('election:recordBallot', {
      conferenceId: id,
      round: 1,
      team: 'B',
      entry: { serial: 149, marks: [1] },
    });

    const compared = await app.call('election:get', { conferenceId: id });
    const r1 = compared.rounds[0];
    expect(r1?.comparison).toEqual({ a: 150, b: 150, agreed: 148, disagreements: 2, unsettled: 2 });
    expect(r1?.disagreements.map((d) => [d.serial, d.what])).toEqual([
      [20, 'Tổ A gạch 6 — tổ B gạch 6, 7'],
      [120, 'Tổ A gạch 1, 2 — tổ B gạch 1, 2, 3'],
    ]);
    expect(r1?.canLock.ok).toBe(false);
    const early = await failure(app, 'election:lockRound', { conferenceId: id, round: 1 });
    expect(early.code).toBe('CONFLICT');
    expect(early.message).toBe(
      'Chưa khoá được kết quả lần bầu thứ 1: Còn 2 phiếu hai tổ nhập khác nhau chưa đối chiếu với phiếu gốc (số 20, 120).',
    );

    // The counting board looks at the paper.
    for (const serial of [20, 120]) {
      const onPaper = paper.find((e) => e.serial === serial);
      await app.call('election:settle', {
        conferenceId: id,
        round: 1,
        serial,
        entry: onPaper ?? { serial, marks: [] },
      });
    }
    const locked = await app.call('election:lockRound', { conferenceId: id, round: 1 });
    const tally = locked.rounds[0]?.tally;
    expect(tally).toMatchObject({
      collected: 150,
      valid: 148,
      invalid: 2,
      invalidByReason: { overVote: 1, noStamp: 1 },
      base: { kind: 'present', value: 150 },
      votesNeeded: 76,
      allChecksPass: true,
    });
    expect(tally?.results.map((r) => [r.ballotNumber, r.votes, r.share.basisPoints])).toEqual([
      [5, 148, 9867],
      [3, 130, 8667],
      [4, 130, 8667],
      [1, 118, 7867],
      [2, 118, 7867],
      [6, 48, 3200],
      [7, 48, 3200],
    ]);
    expect(locked.outcome).toMatchObject({ status: 'complete', seatsFilled: 5, seats: 5 });
    const electedNames = [
      'Vũ Thanh Loan',
      'Khúc Quang Giang',
      'Phan Minh Linh',
      'Bùi Đình An',
      'Đinh Hồng Ánh',
    ];
    expect(locked.outcome.electedIds).toEqual(electedNames.map((n) => byName(n).id));

    // The count ends when it is locked (09:00 in Vietnam); the board corrects both times after,
    // and D13 states them.
    expect(locked.rounds[0]?.round.countEndedAt).toBe('09:00');
    const backwards = await failure(app, 'election:saveCountTimes', {
      conferenceId: id,
      round: 1,
      countStartedAt: '09:30',
      countEndedAt: '09:00',
    });
    expect(backwards.message).toBe('Giờ kết thúc kiểm phiếu (09:00) phải sau giờ bắt đầu (09:30).');
    await app.call('election:saveCountTimes', {
      conferenceId: id,
      round: 1,
      countStartedAt: '08:30',
      countEndedAt: '08:55',
    });
    const { files } = await app.call('documents:build', { conferenceId: id, ids: ['D13'] });
    const d13 = paragraphs(await readDocumentXml(Buffer.from(files[0]?.base64 ?? '', 'base64')))
      .map(textOf)
      .join('\n');
    expect(d13).toContain('Thời gian bắt đầu kiểm phiếu: 08 giờ 30.');
    expect(d13).toContain('kết thúc vào hồi 08 giờ 55');

    // R21: the unit's board is now the elected one, from the conference date; the old one is kept.
    const workspace = await app.call('workspace:load', {});
    expect(workspace.inspectionBoard).toEqual({
      electedOn: '2026-01-15',
      memberIds: electedNames.map((n) => byName(n).id),
    });
    expect(locked.election?.replacedBoard).toEqual(oldBoard);
    expect(locked.due.due).toBe(true);
    const step = workspace.conferences[0]?.steps.find((s) => s.id === 'election');
    expect(step).toMatchObject({ state: 'done' });

    // The log holds every entry and change.
    const actions = (locked.election?.audit ?? []).map((a) => a.action);
    expect(actions.filter((a) => a === 'ballot:add')).toHaveLength(301);
    expect(actions.filter((a) => a === 'ballot:correct')).toHaveLength(2);
    expect(actions.filter((a) => a === 'ballot:delete')).toHaveLength(1);
    expect(actions.filter((a) => a === 'ballot:settle')).toHaveLength(2);
    expect(actions.slice(-2)).toEqual(['round:lock', 'board:update']);
    const settle = locked.election?.audit.find((a) => a.action === 'ballot:settle');
    expect(settle).toMatchObject({
      round: 1,
      serial: 20,
      detail: 'Tổ A gạch 6 — tổ B gạch 6, 7; phiếu gốc: gạch 6, 7.',
    });
    const correction = locked.election?.audit.find((a) => a.action === 'ballot:correct');
    expect(correction).toMatchObject({ team: 'A', serial: 5, detail: 'gạch 6, 7 → gạch 7' });

    // Locked: no more entries; setup frozen.
    const afterLock = await failure(app, 'election:recordBallot', {
      conferenceId: id,
      round: 1,
      team: 'A',
      entry: { serial: 151, marks: [1] },
    });
    expect(afterLock.message).toBe(
      'Kết quả lần bầu thứ 1 đã khoá: muốn sửa, hãy mở khoá và ghi lý do.',
    );
    const frozen = await failure(app, 'election:saveSetup', {
      conferenceId: id,
      setup: { ...setup, seats: 7 },
    });
    expect(frozen.code).toBe('CONFLICT');

    // Unlocking needs a reason, which is logged; the old board comes back until it is locked again.
    const noReason = await failure(app, 'election:unlockRound', {
      conferenceId: id,
      round: 1,
      reason: ' ',
    });
    expect(noReason.code).toBe('INVALID_INPUT');
    expect(noReason.issues.join(' ')).toContain('Hãy ghi lý do mở khoá');
    const unlocked = await app.call('election:unlockRound', {
      conferenceId: id,
      round: 1,
      reason: 'Kiểm tra lại phiếu số 77 theo đề nghị của tổ B',
    });
    expect(unlocked.outcome.status).toBe('counting');
    expect(unlocked.election?.audit.at(-2)).toMatchObject({
      action: 'round:unlock',
      round: 1,
      detail: 'Kiểm tra lại phiếu số 77 theo đề nghị của tổ B',
    });
    expect((await app.call('workspace:load', {})).inspectionBoard).toEqual(oldBoard);
    await app.call('election:lockRound', { conferenceId: id, round: 1 });
    expect((await app.call('workspace:load', {})).inspectionBoard?.electedOn).toBe('2026-01-15');

    // R19 first meeting and R20 recognition.
    const headOfBoard = byName('Vũ Thanh Loan');
    const deputy = byName('Phan Minh Linh');
    const met = await app.call('election:saveFirstMeeting', {
      conferenceId: id,
      firstMeeting: {
        date: '2026-01-16',
        place: 'Phòng họp tầng 2',
        headId: headOfBoard.id,
        deputyIds: [deputy.id],
        tasksNote: '',
      },
    });
    expect(met.election?.firstMeeting.headId).toBe(headOfBoard.id);
    const outsider = await failure(app, 'election:saveFirstMeeting', {
      conferenceId: id,
      firstMeeting: { headId: head.id, deputyIds: [] },
    });
    expect(outsider.message).toBe(
      'Phan Thanh Ước không phải thành viên Ban Thanh tra nhân dân vừa được bầu.',
    );
    const onTime = await app.call('election:saveRecognition', {
      conferenceId: id,
      date: '2026-01-20',
    });
    expect(onTime.findings).toEqual([]);
    const late = await app.call('election:saveRecognition', {
      conferenceId: id,
      date: '2026-01-30',
    });
    expect(late.election?.recognition.date).toBe('2026-01-30');
    expect(late.findings.map((f) => [f.id, f.severity])).toEqual([['R20.late', 'warning']]);

    // Everything typed reaches the disk and reads back the same.
    await app.storage.flush();
    const again = startService(app.dataDir);
    const reread = await again.call('election:get', { conferenceId: id });
    expect(reread.election?.rounds[0]?.passes.A).toHaveLength(150);
    expect(reread.rounds[0]?.tally).toEqual(tally);
  });
});

describe('election service: refusals', () => {
  it('answers malformed input with INVALID_INPUT and Vietnamese messages', async () => {
    const { app, id } = await roundStarted();
    const outside = await failure(app, 'election:recordBallot', {
      conferenceId: id,
      round: 1,
      team: 'A',
      entry: { serial: 1, marks: [9] },
    });
    expect(outside).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Phiếu bầu chỉ có 7 người, đánh số từ 1 đến 7: không có số 9.',
    });
    const twice = await failure(app, 'election:recordBallot', {
      conferenceId: id,
      round: 1,
      team: 'A',
      entry: { serial: 1, marks: [2, 2] },
    });
    expect(twice.message).toBe('Số 2 được nhập hai lần.');
    const badTeam = await failure(app, 'election:recordBallot', {
      conferenceId: id,
      round: 1,
      team: 'C',
      entry: { serial: 1, marks: [] },
    });
    expect(badTeam.code).toBe('INVALID_INPUT');
    expect(badTeam.message).toBe('Dữ liệu gửi lên không đúng định dạng.');
    const extra = await failure(app, 'election:recordBallot', {
      conferenceId: id,
      round: 1,
      team: 'A',
      entry: { serial: 1, marks: [], color: 'red' },
    });
    expect(extra.code).toBe('INVALID_INPUT');
    const zero = await failure(app, 'election:recordBallot', {
      conferenceId: id,
      round: 1,
      team: 'A',
      entry: { serial: 0, marks: [] },
    });
    expect(zero.code).toBe('INVALID_INPUT');
    const noRound = await failure(app, 'election:recordBallot', {
      conferenceId: id,
      round: 2,
      team: 'A',
      entry: { serial: 1, marks: [] },
    });
    expect(noRound).toMatchObject({ code: 'NOT_FOUND', message: 'Không có lần bầu thứ 2.' });
    const tooMany = await failure(app, 'election:updateRound', {
      conferenceId: id,
      round: 1,
      ballotsIssued: 151,
    });
    expect(tooMany.message).toBe(
      'Số phiếu phát ra (151) nhiều hơn số người có mặt (150): mỗi người có mặt nhận một phiếu.',
    );
    const ghost = await failure(app, 'election:startRound', {
      conferenceId: 'nope',
      present: 1,
      ballotsIssued: 1,
    });
    expect(ghost.code).toBe('NOT_FOUND');
    // Nothing of it was saved.
    expect((await app.call('election:get', { conferenceId: id })).rounds[0]?.comparison.a).toBe(0);
  });

  it('refuses a ballot typed against what another window has since saved, keeping what was saved', async () => {
    const { app, id } = await roundStarted();
    const ballot = (serial: number, marks: number[]) => ({ serial, marks, note: '' });
    const record = (
      entry: Entry,
      expect?: ChannelInput<'election:recordBallot'>['expect'],
    ): ChannelInput<'election:recordBallot'> => ({
      conferenceId: id,
      round: 1,
      team: 'A',
      entry,
      ...(expect !== undefined ? { expect } : {}),
    });
    // Window 1 types ballot 37 as new; window 2, not knowing, types it as new too.
    const first = await app.call('election:recordBallot', {
      ...record(ballot(37, [2, 5])),
      expect: 'new',
    });
    expect(first).toMatchObject({ count: 1, replaced: false });
    const second = await failure(app, 'election:recordBallot', record(ballot(37, [2]), 'new'));
    expect(second).toMatchObject({
      code: 'CONFLICT',
      message:
        'Phiếu số 37 của tổ A đã được nhập ở cửa sổ khác (gạch 2, 5): phiếu vừa gõ (gạch 2) chưa được ghi. Hãy đối chiếu với lá phiếu giấy; muốn sửa, bấm vào phiếu này trong danh sách.',
    });
    // A correction of what is stored goes through; one of an older reading does not.
    const corrected = await app.call('election:recordBallot', {
      ...record(ballot(37, [2, 5, 6])),
      expect: { replaces: ballot(37, [5, 2]) },
    });
    expect(corrected).toMatchObject({ count: 1, replaced: true });
    const stale = await failure(
      app,
      'election:recordBallot',
      record(ballot(37, [1]), { replaces: ballot(37, [2, 5]) }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(
      /^Phiếu số 37 của tổ A vừa được sửa ở cửa sổ khác \(nay ghi gạch 2, 5, 6\): phiếu vừa gõ \(gạch 1\) chưa được ghi\./,
    );
    // Deleting the reading this window last saw is refused once another window corrected it.
    const remove = (seen: Entry) => ({
      conferenceId: id,
      round: 1,
      team: 'A' as const,
      serial: 37,
      expect: { deletes: seen },
    });
    const staleDelete = await failure(app, 'election:deleteBallot', remove(ballot(37, [2, 5])));
    expect(staleDelete.code).toBe('CONFLICT');
    expect(staleDelete.message).toMatch(
      /^Phiếu số 37 của tổ A vừa được sửa ở cửa sổ khác \(nay ghi gạch 2, 5, 6\): chưa xoá\./,
    );
    await app.call('election:deleteBallot', remove(ballot(37, [6, 5, 2])));
    const gone = await failure(
      app,
      'election:recordBallot',
      record(ballot(37, [1]), { replaces: ballot(37, [2, 5, 6]) }),
    );
    expect(gone.code).toBe('CONFLICT');
    expect(gone.message).toMatch(/^Phiếu số 37 của tổ A đã bị xoá ở cửa sổ khác/);
    const wrongSerial = await failure(
      app,
      'election:recordBallot',
      record(ballot(38, [1]), { replaces: ballot(37, [2, 5, 6]) }),
    );
    expect(wrongSerial.code).toBe('INVALID_INPUT');
    const badExpect = await failure(app, 'election:recordBallot', {
      ...record(ballot(38, [])),
      expect: 'old',
    });
    expect(badExpect.code).toBe('INVALID_INPUT');
    // Without the guard an entry replaces whatever is there (the sample builder, tools).
    await app.call('election:recordBallot', record(ballot(40, [1])));
    expect(await app.call('election:recordBallot', record(ballot(40, [3])))).toMatchObject({
      replaced: true,
    });
    // Only what was accepted was saved and logged.
    const view = await app.call('election:get', { conferenceId: id });
    expect(view.election?.rounds[0]?.passes.A).toEqual([{ serial: 40, marks: [3], note: '' }]);
    expect(
      view.election?.audit.filter((a) => a.serial === 37).map((a) => [a.action, a.detail]),
    ).toEqual([
      ['ballot:add', 'gạch 2, 5'],
      ['ballot:correct', 'gạch 2, 5 → gạch 2, 5, 6'],
      ['ballot:delete', 'gạch 2, 5, 6'],
    ]);
  });

  it('refuses to start while the setup has errors, listing them with their articles', async () => {
    const { app, id, setup } = await conferenceWithRoster();
    const noConsent = {
      ...setup,
      candidates: (setup.candidates ?? []).map((c, i) => ({ ...c, consent: i !== 0 })),
    };
    const saved = await app.call('election:saveSetup', { conferenceId: id, setup: noConsent });
    expect(saved.findings.map((f) => f.severity)).toEqual(['error']);
    const refused = await failure(app, 'election:startRound', {
      conferenceId: id,
      present: 150,
      ballotsIssued: 150,
    });
    expect(refused.message).toBe('Chưa thể bắt đầu bầu: còn 1 điều phải sửa trong thiết lập.');
    expect(refused.issues[0]).toMatch(/đồng ý ứng cử.*\(Luật 10\/2022\/QH15, Điều 60\.2\)$/);
  });

  it('refuses an impossible totals entry (valid + invalid ≠ collected) with a clear message, keeping what was saved', async () => {
    const { app, id, candidates } = await roundStarted({ mode: 'totals' });
    const votes = Object.fromEntries(candidates.map((p, i) => [p.id, 120 - i * 10]));
    const good = await app.call('election:saveTotals', {
      conferenceId: id,
      round: 1,
      totals: { collected: 148, valid: 145, invalid: 3, invalidByReason: { noStamp: 3 }, votes },
    });
    expect(good.rounds[0]?.tally).toMatchObject({
      collected: 148,
      valid: 145,
      allChecksPass: true,
    });
    const auditBefore = good.election?.audit.length;
    const bad = await failure(app, 'election:saveTotals', {
      conferenceId: id,
      round: 1,
      totals: { collected: 130, valid: 120, invalid: 5, votes },
    });
    expect(bad.code).toBe('INVALID_INPUT');
    expect(bad.message).toBe(
      'Số phiếu hợp lệ (120) cộng số phiếu không hợp lệ (5) là 125, khác số phiếu thu vào (130). Kết quả chưa được lưu; số liệu đã lưu trước đó vẫn giữ nguyên.',
    );
    const after = await app.call('election:get', { conferenceId: id });
    expect(after.election?.rounds[0]?.totals).toMatchObject({
      collected: 148,
      valid: 145,
      invalid: 3,
    });
    expect(after.election?.audit).toHaveLength(auditBefore ?? -1);
    const overCount = await failure(app, 'election:saveTotals', {
      conferenceId: id,
      round: 1,
      totals: {
        collected: 148,
        valid: 145,
        invalid: 3,
        votes: { ...votes, [candidates[0]?.id ?? '']: 146 },
      },
    });
    expect(overCount.message).toMatch(
      /^Trịnh Thanh Việt có 146 phiếu bầu, nhiều hơn số phiếu hợp lệ \(145\)\./,
    );
    const locked = await app.call('election:lockRound', { conferenceId: id, round: 1 });
    expect(locked.outcome.status).toBe('complete');
  });

  it('a tie at the last seat waits for the presidium, whose decision opens a new round among the tied', async () => {
    const { app, id } = await roundStarted({ present: 10 });
    // Ballot numbers 1–4 are elected; 5 and 6 tie with 6 votes (of 10 present) for the last seat.
    const stack = [
      ...Array.from({ length: 4 }, () => [6, 7]),
      ...Array.from({ length: 4 }, () => [5, 7]),
      ...Array.from({ length: 2 }, () => [3, 4]),
    ];
    for (const [i, marks] of stack.entries()) {
      for (const team of ['A', 'B'] as const)
        await app.call('election:recordBallot', {
          conferenceId: id,
          round: 1,
          team,
          entry: { serial: i + 1, marks },
        });
    }
    await app.call('election:lockRound', { conferenceId: id, round: 1 });
    const view = await app.call('election:get', { conferenceId: id });
    expect(view.outcome).toMatchObject({ status: 'needsDecision', pending: 'tie', seatsFilled: 4 });
    expect(view.rounds[0]?.tally.tiedAtLastSeat).toHaveLength(2);
    const decided = await app.call('election:decide', {
      conferenceId: id,
      round: 1,
      decision: 'revoteTied',
      note: 'Đoàn Chủ tịch thống nhất bầu lại giữa hai người bằng phiếu',
    });
    expect(decided.rounds).toHaveLength(2);
    expect(decided.rounds[1]?.round).toMatchObject({
      number: 2,
      reason: 'tieBreak',
      seats: 1,
      present: 10,
    });
    expect(decided.rounds[1]?.ballotCandidates.map((c) => c.ballotNumber)).toEqual([1, 2]);
    expect(decided.election?.audit.at(-1)?.action).toBe('round:decide');
    // Round 1 can no longer be unlocked: round 2 rests on it.
    const unlock = await failure(app, 'election:unlockRound', {
      conferenceId: id,
      round: 1,
      reason: 'Thử lại',
    });
    expect(unlock.code).toBe('CONFLICT');
  });

  it('records "no election" (superior union’s decision) and takes it back', async () => {
    const { app, id } = await conferenceWithRoster();
    const waived = await app.call('election:waive', {
      conferenceId: id,
      waiver: {
        reason: 'upperUnionDecision',
        decisionRef: 'Quyết định số 15/QĐ-CĐ ngày 05/01/2026',
        note: '',
      },
    });
    expect(waived.outcome.status).toBe('waived');
    expect(waived.due.due).toBe(false);
    const refused = await failure(app, 'election:startRound', {
      conferenceId: id,
      present: 150,
      ballotsIssued: 150,
    });
    expect(refused.code).toBe('CONFLICT');
    const step = (await app.call('workspace:load', {})).conferences[0]?.steps.find(
      (s) => s.id === 'election',
    );
    expect(step?.state).toBe('notApplicable');
    const back = await app.call('election:unwaive', { conferenceId: id, note: 'Nhầm hội nghị' });
    expect(back.due.due).toBe(true);
    expect(back.election?.audit.map((a) => a.action)).toEqual([
      'election:waive',
      'election:unwaive',
    ]);
  });
});
