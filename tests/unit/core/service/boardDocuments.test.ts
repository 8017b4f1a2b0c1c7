/**
 * The Ban TTND's documents through the service (D22; Nghị định 59/2023/NĐ-CP Điều 22): each record
 * of the board's year gets its own document and its own number from the register (R25), built,
 * previewed and listed for the record named — the latest by default — and a preview says what the
 * document could not print as it should (a notice short of 5 working days, Điều 22.1.b). A record
 * that is gone is refused in Vietnamese, never replaced by another.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/service/dispatch';
import { openSample, startService, type TestApp } from '../../../support/service';

async function xmlOf(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  return zip.file('word/document.xml')!.async('string');
}

/** The sample, with a second inspection notified only 2 working days ahead. */
async function sampleWithLateInspection(app: TestApp) {
  const { id } = await openSample(app);
  const view = await app.call('boardWork:saveInspection', {
    conferenceId: id,
    inspection: {
      subject: 'Việc quản lý tài sản tại Phòng Kế hoạch - Tài chính',
      content: 'Sổ theo dõi tài sản năm 2026.',
      plannedOn: '2026-08-10',
      notifiedOn: '2026-08-06',
      result: '',
      resultDocumentNumber: '',
    },
  });
  const [first, late] = [...view.board.inspections].sort((a, b) =>
    a.plannedOn.localeCompare(b.plannedOn),
  );
  return { conferenceId: id, first: first!, late: late! };
}

describe('the Ban TTND’s documents (D22) through the service', () => {
  it('lists the four for the sample, each with the record it prints', async () => {
    const app = startService(undefined, () => new Date('2026-07-20T03:00:00Z'));
    const { id } = await openSample(app);
    const listed = await app.call('documents:list', { conferenceId: id });
    const byId = Object.fromEntries(listed.map((d) => [d.id, d]));
    expect(byId.D22CT?.record).toBe('Chương trình quý I năm 2026');
    expect(byId.D22KH?.record).toMatch(/^Cuộc kiểm tra ngày 16\/03\/2026: Việc thực hiện Quy chế/);
    expect(byId.D22BC?.record).toBe(byId.D22KH?.record);
    expect(byId.D22KN?.record).toMatch(/^Kiến nghị nhận ngày 25\/03\/2026: Bổ sung xác nhận/);
    expect(byId.D22KN?.numbered).toBe(true);
    expect(byId.D8?.record).toBeNull();
  });

  it('numbers each inspection’s plan on its own, and prints the number of the record asked for', async () => {
    const app = startService(undefined, () => new Date('2026-07-20T03:00:00Z'));
    const { conferenceId, first, late } = await sampleWithLateInspection(app);
    const a = await app.call('documents:issueNumber', {
      conferenceId,
      id: 'D22KH',
      record: first.id,
    });
    const b = await app.call('documents:issueNumber', {
      conferenceId,
      id: 'D22KH',
      record: late.id,
    });
    expect(a.numberText).toMatch(/^Số: \d{2}\/KH-CĐCS$/);
    expect(b.numberText).not.toBe(a.numberText);
    // Asking again for the same record gives its number back.
    expect(
      await app.call('documents:issueNumber', { conferenceId, id: 'D22KH', record: first.id }),
    ).toEqual(a);

    const listed = await app.call('documents:list', { conferenceId, record: first.id });
    expect(listed.find((d) => d.id === 'D22KH')?.numberText).toBe(a.numberText);
    // Without a record the Documents tab prints the latest planned: the late one.
    const latest = await app.call('documents:list', { conferenceId });
    expect(latest.find((d) => d.id === 'D22KH')?.numberText).toBe(b.numberText);
    const header = await app.call('documentSettings:get', { conferenceId, id: 'D22KH' });
    expect(header.numberText).toBe(b.numberText);

    const { files } = await app.call('documents:build', {
      conferenceId,
      ids: ['D22KH'],
      record: first.id,
    });
    const xml = await xmlOf(files[0]!.base64);
    expect(xml).toContain(a.numberText.replace('Số: ', ''));
    expect(xml).toContain('Chi trả hỗ trợ làm thêm giờ quý I năm 2026 theo mức sửa đổi.');
    expect(xml).not.toContain('Sổ theo dõi tài sản năm 2026.');
  });

  it('previews a plan notified too late with the problem beside it, and one in time without', async () => {
    const app = startService(undefined, () => new Date('2026-07-20T03:00:00Z'));
    const { conferenceId, first, late } = await sampleWithLateInspection(app);
    const bad = await app.call('documents:preview', { conferenceId, id: 'D22KH', record: late.id });
    expect(bad.problems[0]).toMatch(
      /^Thông báo cho đối tượng kiểm tra ngày 06\/08\/2026, chỉ trước 2 ngày làm việc/,
    );
    expect(bad.problems[1]).toMatch(/để trống ngày thông báo/);
    expect(await xmlOf(bad.file.base64)).not.toContain('06/08/2026');
    const good = await app.call('documents:preview', {
      conferenceId,
      id: 'D22KH',
      record: first.id,
    });
    expect(good.problems).toEqual([]);
    const d8 = await app.call('documents:preview', { conferenceId, id: 'D8' });
    expect(d8.problems).toEqual([]);
  });

  it('refuses a record that is gone or of another kind, in Vietnamese', async () => {
    const app = startService(undefined, () => new Date('2026-07-20T03:00:00Z'));
    const { conferenceId, first } = await sampleWithLateInspection(app);
    for (const [channel, input] of [
      ['documents:build', { conferenceId, ids: ['D22KH'], record: 'gone' }],
      ['documents:preview', { conferenceId, id: 'D22KN', record: first.id }],
      ['documents:issueNumber', { conferenceId, id: 'D22BC', record: 'gone' }],
    ] as const) {
      const result = await dispatch(app.handlers, channel, input);
      expect(!result.ok && result.error.code).toBe('NOT_FOUND');
      expect(!result.ok && result.error.message).toMatch(
        /^Không tìm thấy .* cần in \(có thể đã bị xoá\)/,
      );
    }
  });
});
