import { describe, expect, it } from 'vitest';
import { scheduleAgenda, type AgendaItem } from '../../../../core/domain/agenda';
import {
  agendaForDocuments,
  dateInWords,
  dayAndDateInWords,
  programmeJob,
} from '../../../../core/documents/programmeJob';
import { context, people } from './documentContext.fixture';

function item(id: string, fields: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id,
    kind: 'custom',
    title: 'Nội dung khác',
    durationMinutes: 10,
    presenter: {},
    notes: '',
    ...fields,
  };
}

describe('programmeJob (D2)', () => {
  it('prints one row per agenda item with the times of scheduleAgenda', () => {
    const ctx = context();
    const { data } = programmeJob(ctx);
    const schedule = scheduleAgenda(ctx.conference.agenda, '08:00');
    expect(data.rows).toHaveLength(ctx.conference.agenda.length);
    expect(data.rows.map((r) => r.time)).toEqual(
      schedule.slots.map((s) => `${s.start} – ${s.end}`),
    );
    expect(data.rows[0]).toEqual({ time: '08:00 – 08:05', content: 'Chào cờ', presenter: '' });
    expect(data.isDefaultAgenda).toBe(false);
    expect(data.findings).toEqual([]);
  });

  it('names presenters from the roster, the guests or the free text', () => {
    const ctx = context({
      agenda: [
        item('a', { title: 'Khai mạc', presenter: { personId: 'p1' } }),
        item('b', { title: 'Phát biểu chỉ đạo', presenter: { guestId: 'g1' } }),
        item('c', { title: 'Thảo luận', presenter: { name: 'Đoàn Chủ tịch' } }),
        item('d', { title: 'Người đã nghỉ', presenter: { personId: 'gone', name: 'Thư ký' } }),
        item('e', { title: '' }),
      ],
    });
    const { data } = programmeJob(ctx);
    expect(data.rows.map((r) => r.presenter)).toEqual([
      'Phan Thanh Ước',
      'Trần Thị Hồng Nhung',
      'Đoàn Chủ tịch',
      'Thư ký',
      '',
    ]);
    // An empty title prints the kind's default (agenda.ts lets a half-edited item be saved).
    expect(data.rows[4]?.content).toBe('Nội dung khác');
  });

  it('prints a renamed person under the new name (presenters are stored by id)', () => {
    const renamed = people.map((p) => (p.id === 'p1' ? { ...p, fullName: 'Phan Thanh Ưng' } : p));
    const ctx = { ...context(), people: renamed };
    expect(programmeJob(ctx).data.rows.some((r) => r.presenter === 'Phan Thanh Ưng')).toBe(true);
  });

  it('builds the default programme in memory when the agenda is empty (R7)', () => {
    const ctx = context({ agenda: [] });
    const { data } = programmeJob(ctx);
    expect(data.isDefaultAgenda).toBe(true);
    expect(ctx.conference.agenda).toEqual([]);
    const kinds = agendaForDocuments(ctx).items.map((i) => i.kind);
    // Board elected 12/01/2024, 2-year term: it reports (đ) and is re-elected in 2026 (R21).
    expect(kinds).toContain('boardReport');
    expect(kinds).toContain('boardElection');
    expect(data.rows[0]?.time).toBe('08:00 – 08:05');
    expect(data.rows.at(-1)?.content).toBe('Bế mạc hội nghị');
    // Repeatable: fixed ids, no clock or random source.
    expect(agendaForDocuments(ctx)).toEqual(agendaForDocuments(ctx));
  });

  it('writes the header, the blank number, the date line and the when-and-where line', () => {
    const job = programmeJob(context());
    expect(job.header.preset).toBe('joint');
    expect(job.numberText).toBe('Số:       /CTr-CĐCS');
    expect(job.placeDateText).toBe('Hà Nội, ngày 05 tháng 01 năm 2026');
    expect(job.data.title).toBe('CHƯƠNG TRÌNH');
    expect(job.data.subtitle).toBe(
      'Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
    );
    expect(job.data.whenWhereLines).toEqual([
      'Thời gian: 08:00, thứ Năm, ngày 15 tháng 01 năm 2026',
      'Địa điểm: Hội trường tầng 3, số 2 Ngọc Hà, Hà Nội',
    ]);
    expect(job.signatures.map((s) => s.name)).toEqual(['Nguyễn Thị Hương', 'Phan Thanh Ước']);
  });

  it('is dated the day it is issued, never after the conference', () => {
    expect(programmeJob({ ...context(), today: '2026-03-02' }).placeDateText).toBe(
      'Hà Nội, ngày 15 tháng 01 năm 2026',
    );
    const undated = { ...context({ date: undefined }), today: '2026-03-02' };
    expect(programmeJob(undated).placeDateText).toBe('Hà Nội, ngày 02 tháng 3 năm 2026');
  });

  it('leaves blanks for a missing date or venue', () => {
    const { data } = programmeJob(context({ date: undefined, venue: '' }));
    expect(data.whenWhereLines).toEqual([
      'Thời gian: 08:00, ngày … tháng … năm 2026',
      'Địa điểm: …',
    ]);
  });

  it('keeps items that run past 23:59 without times, and reports why', () => {
    const ctx = context({
      startTime: '22:30',
      agenda: [item('a', { durationMinutes: 60 }), item('b', { durationMinutes: 60 })],
    });
    const { data } = programmeJob(ctx);
    expect(data.rows.map((r) => r.time)).toEqual(['22:30 – 23:30', '…']);
    expect(data.findings[0]?.message).toContain('vượt quá 23:59');
  });
});

describe('date words', () => {
  it('pads day and months 1–2 as NĐ 30 does and names the weekday', () => {
    expect(dateInWords('2026-01-05', 2026)).toBe('ngày 05 tháng 01 năm 2026');
    expect(dateInWords('2026-03-15', 2026)).toBe('ngày 15 tháng 3 năm 2026');
    expect(dayAndDateInWords('2026-01-15', 2026)).toBe('thứ Năm, ngày 15 tháng 01 năm 2026');
    expect(dayAndDateInWords('2026-01-18', 2026)).toBe('Chủ nhật, ngày 18 tháng 01 năm 2026');
  });
});

describe('issue date shared by D1, D2 and D3', () => {
  it('is never later than the conference day, whichever document', async () => {
    const { planJob } = await import('../../../../core/documents/planJob');
    const { convocationJob } = await import('../../../../core/documents/convocationJob');
    const late = { ...context(), today: '2026-11-26' };
    for (const text of [
      planJob(late).placeDateText,
      convocationJob(late).placeDateText,
      programmeJob(late).placeDateText,
    ]) {
      expect(text).toMatch(/ngày 15 tháng 01 năm 2026$/);
    }
  });
});
