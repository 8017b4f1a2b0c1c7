/**
 * D17 job (Biên bản họp Ban Thanh tra nhân dân lần thứ nhất): time and place, the members, the
 * chair and the secretary, the recognition decision announced with its number, the head and the
 * deputies the board elected (R19), the tasks; signed THƯ KÝ left and CHỦ TỌA right (R27).
 */
import { describe, expect, it } from 'vitest';
import {
  allPresetDefaults,
  documentHeaderFor,
  documentSettingToStore,
} from '../../../../core/documents/documentHeaderFor';
import { firstMeetingMinutesJob } from '../../../../core/documents/firstMeetingMinutesJob';
import { ELECTION_WORDING } from '../../../../core/documents/electionWording';
import {
  blockTexts,
  byName,
  electionAfterFirstMeeting,
  electionContext,
  people,
  unit,
} from './electionContext.fixture';

describe('firstMeetingMinutesJob (D17)', () => {
  const job = firstMeetingMinutesJob(electionContext(electionAfterFirstMeeting()));
  const texts = blockTexts(job.blocks);

  it('is a biên bản numbered BB with no date line (NĐ 30/2020 Mẫu 1.9)', () => {
    expect(job.header.preset).toBe('union');
    expect(job.numberText).toBe('Số:       /BB-CĐCS');
    expect(job.placeDateText).toBeUndefined();
    expect(job.typeName).toBe('BIÊN BẢN');
    expect(job.summary).toEqual(['Họp Ban Thanh tra nhân dân lần thứ nhất, nhiệm kỳ 2026–2028']);
  });

  it('gives time, place, the members, the chair and the secretary', () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        'Thời gian bắt đầu: 14 giờ 00, ngày 20 tháng 01 năm 2026.',
        'Địa điểm: Phòng họp tầng 2.',
        '- Ông Bùi Đình An, Chuyên viên, Phòng Quản lý khoa học;',
        'Chủ trì (chủ tọa): Ông Hồ Thanh Hiếu.',
        'Thư ký (người ghi biên bản): Bà Ngô Minh Hoa.',
      ]),
    );
    expect(texts.some((t) => t.includes('(05 thành viên)'))).toBe(true);
  });

  it('announces the recognition decision and records the head and the deputy elected', () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        '1. Ông Hồ Thanh Hiếu công bố Quyết định số …/QĐ-CĐCS ngày 19/01/2026 của Ban Chấp hành Công đoàn Vụ Khoa học và Công nghệ công nhận kết quả bầu thành viên Ban Thanh tra nhân dân nhiệm kỳ 2026–2028.',
        '2. Ban Thanh tra nhân dân thống nhất bầu ông Bùi Đình An giữ chức Trưởng ban Thanh tra nhân dân.',
        '3. Ban Thanh tra nhân dân thống nhất bầu ông Khúc Quang Giang giữ chức Phó Trưởng ban Thanh tra nhân dân.',
      ]),
    );
    const numbered = firstMeetingMinutesJob({
      ...electionContext(electionAfterFirstMeeting()),
      numbers: { D16: 'Số: 03/QĐ-CĐCS' },
    });
    expect(
      blockTexts(numbered.blocks).some((t) =>
        t.includes('công bố Quyết định số 03/QĐ-CĐCS ngày 19/01/2026'),
      ),
    ).toBe(true);
  });

  it('says when no deputy was elected, and shares out the tasks as noted or by default', () => {
    const none = blockTexts(
      firstMeetingMinutesJob(electionContext(electionAfterFirstMeeting({ deputyIds: [] }))).blocks,
    );
    expect(none).toContain(`3. ${ELECTION_WORDING.meetingNoDeputy}`);
    const [firstTask = ''] = ELECTION_WORDING.meetingDefaultTasks;
    expect(texts).toContain(`- ${firstTask.replace(/\.$/, '')};`);
    const noted = blockTexts(
      firstMeetingMinutesJob(
        electionContext(
          electionAfterFirstMeeting({
            tasksNote: '- Ông An: phụ trách chung\n- Ông Giang: giám sát tài chính',
          }),
        ),
      ).blocks,
    );
    expect(noted).toEqual(
      expect.arrayContaining(['- Ông An: phụ trách chung;', '- Ông Giang: giám sát tài chính.']),
    );
  });

  it('is signed by the secretary on the left and the chair on the right (R27)', () => {
    expect(job.signatures).toEqual([
      { authority: '', title: 'THƯ KÝ', name: 'Ngô Minh Hoa' },
      { authority: '', title: 'CHỦ TỌA', name: 'Hồ Thanh Hiếu' },
    ]);
    expect(job.recipients?.archive).toBe('VT, Hồ sơ');
  });

  it('prints the signers the user edited instead', () => {
    const ctx = electionContext(electionAfterFirstMeeting(), {
      documentSettings: {
        D17: {
          preset: 'union',
          signatures: [{ authority: '', title: 'NGƯỜI GHI BIÊN BẢN', name: 'Ngô Minh Hoa' }],
        },
      },
    });
    expect(firstMeetingMinutesJob(ctx).signatures).toEqual([
      { authority: '', title: 'NGƯỜI GHI BIÊN BẢN', name: 'Ngô Minh Hoa' },
    ]);
  });

  it('prints the signers the header drawer shows, under every preset (documentHeaderFor)', () => {
    const ctx = electionContext(
      electionAfterFirstMeeting({ convenedById: byName('Ngô Minh Uyên').id }),
    );
    const expected = [
      { authority: '', title: 'THƯ KÝ', name: 'Ngô Minh Hoa' },
      { authority: '', title: 'CHỦ TỌA', name: 'Ngô Minh Uyên' },
    ];
    expect(firstMeetingMinutesJob(ctx).signatures).toEqual(expected);
    expect(documentHeaderFor(ctx, 'D17').signatures).toEqual(expected);
    const sources = { unit, people, conference: ctx.conference };
    for (const defaults of Object.values(allPresetDefaults(sources, 'D17')))
      expect(defaults.signatures).toEqual(expected);
  });

  it('has the union chair chair the meeting and sign while nobody else is recorded (Điều 63.2.a)', () => {
    const ctx = electionContext(electionAfterFirstMeeting({ convenedById: undefined }));
    const job = firstMeetingMinutesJob(ctx);
    expect(job.signatures[1]).toEqual({ authority: '', title: 'CHỦ TỌA', name: 'Hồ Thanh Hiếu' });
    expect(documentHeaderFor(ctx, 'D17').signatures).toEqual(job.signatures);
    expect(blockTexts(job.blocks)).toContain('Chủ trì (chủ tọa): Ông Hồ Thanh Hiếu.');
  });

  it('prints signers chosen in the drawer even when they are another preset’s defaults', () => {
    const base = electionContext(electionAfterFirstMeeting());
    const sources = { unit, people, conference: base.conference };
    // The union chair's block, as the drawer offers it for a union document.
    const unionBlock = [
      { authority: 'TM. BAN CHẤP HÀNH', title: 'CHỦ TỊCH', name: 'Hồ Thanh Hiếu' },
    ];
    const setting = documentSettingToStore(sources, 'D17', {
      preset: 'union',
      signatures: unionBlock,
    });
    expect(setting).toEqual({ preset: 'union', signatures: unionBlock });
    const edited = electionContext(electionAfterFirstMeeting(), {
      documentSettings: { D17: setting },
    });
    expect(firstMeetingMinutesJob(edited).signatures).toEqual(unionBlock);
  });
});
