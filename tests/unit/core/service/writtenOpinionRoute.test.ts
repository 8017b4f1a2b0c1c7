/**
 * The written-opinion route through the service (Luật 10/2022/QH15 Điều 50.2): what the
 * written-opinion panel saves — the convocations, the day the forms go out, the return deadline
 * and place, the day they are counted, the counts — comes back with core's outcome on ALL staff
 * (R2), makes the form (D9PYK) and its record (D9KQ) available, builds the form per person on
 * request, and dates out of order are refused in Vietnamese without losing what was saved.
 */
import { describe, expect, it } from 'vitest';
import { readDocumentXml, runsWithText } from '../../../support/docx';
import { importRosterFixture, startService } from '../../../support/service';

const ROUTE = {
  firstAttemptDate: '2026-01-15',
  secondConvocationDate: '2026-01-22',
  issuedOn: '2026-01-23',
  returnBy: '2026-01-30',
  returnTo: '  Văn phòng Công đoàn ',
  countedOn: '2026-02-02',
  formsIssued: 184,
  formsReturned: 170,
  items: [
    { title: 'Quy chế chi tiêu nội bộ năm 2026', votesFor: 120, votesAgainst: 40, votesOther: 10 },
    // 92 of 184 is exactly half: 93 are needed (R2 on all staff).
    { title: 'Mức đóng góp quỹ phúc lợi', votesFor: 92, votesAgainst: 60, votesOther: 18 },
  ],
};

describe('the written-opinion route through the service (Điều 50.2)', () => {
  it('keeps the route’s dates, deadline and place, counts on all staff and offers D9PYK and D9KQ', async () => {
    const app = startService();
    await importRosterFixture(app, 'roster-184.xlsx');
    await app.call('unit:save', { name: 'Vụ Khoa học và Công nghệ', placeName: 'Hà Nội' });
    const { id } = await app.call('conference:create', {
      year: 2026,
      date: '2026-01-15',
      startTime: '08:00',
      venue: 'Hội trường tầng 3',
    });
    const listed = async () =>
      (await app.call('documents:list', { conferenceId: id }))
        .map((d) => d.id)
        .filter((d) => d.startsWith('D9'));
    expect(await listed()).toEqual([]);

    const view = await app.call('proceedings:saveWrittenOpinions', {
      conferenceId: id,
      route: ROUTE,
    });
    expect(view.proceedings.writtenOpinions).toMatchObject({
      issuedOn: '2026-01-23',
      returnBy: '2026-01-30',
      returnTo: 'Văn phòng Công đoàn',
      countedOn: '2026-02-02',
    });
    expect(view.staffCount).toBe(184);
    const items = view.proceedings.writtenOpinions?.items ?? [];
    expect(items.map((i) => view.writtenOutcomes[i.id]?.status)).toEqual(['passes', 'fails']);
    expect(await listed()).toEqual(['D9KQ', 'D9PYK']);

    const { files } = await app.call('documents:build', {
      conferenceId: id,
      ids: ['D9PYK'],
      perPerson: true,
    });
    const [file] = files;
    if (!file) throw new Error('no file');
    expect(file.fileName).toMatch(/^D9PYK-phieu-lay-y-kien/);
    const xml = await readDocumentXml(new Uint8Array(Buffer.from(file.base64, 'base64')));
    expect(runsWithText(xml, 'PHIẾU LẤY Ý KIẾN')).toHaveLength(184);

    await expect(
      app.call('proceedings:saveWrittenOpinions', {
        conferenceId: id,
        route: { ...ROUTE, returnBy: '2026-01-20' },
      }),
    ).rejects.toThrow(
      'INVALID_INPUT: Hạn nộp phiếu (20/01/2026) sớm hơn ngày phát phiếu (23/01/2026).',
    );
    const kept = await app.call('proceedings:get', { conferenceId: id });
    expect(kept.proceedings.writtenOpinions?.returnBy).toBe('2026-01-30');
  }, 60_000);
});
