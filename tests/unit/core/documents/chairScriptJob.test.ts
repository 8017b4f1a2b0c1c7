import { describe, expect, it } from 'vitest';
import { conferenceQuorum } from '../../../../core/domain/conferenceRules';
import { votesToPass } from '../../../../core/domain/quorum';
import {
  chairScriptData,
  chairScriptSection,
  type ChairScriptData,
  type ScriptSection,
} from '../../../../core/documents/chairScriptJob';
import { SCRIPT_WORDING } from '../../../../core/documents/scriptWording';
import { context, rules } from './documentContext.fixture';

function allText(data: ChairScriptData): string[] {
  return data.sections.flatMap((s) => s.lines.map((l) => l.text));
}

function only(data: ChairScriptData, kind: ScriptSection['kind']): ScriptSection {
  const found = data.sections.filter((s) => s.kind === kind);
  if (found.length !== 1) throw new Error(`${found.length} sections of kind ${kind}`);
  return found[0] as ScriptSection;
}

const VOTE = 'Ai đồng ý xin giơ tay… Xin cảm ơn.';

describe('chairScriptData (D5)', () => {
  it('has one section per agenda item, headed "hh:mm — title (presenter)"', () => {
    const ctx = context();
    const data = chairScriptData(ctx);
    expect(data.sections).toHaveLength(ctx.conference.agenda.length);
    expect(data.sections[0]?.heading).toBe('08:00 — Chào cờ');
    expect(only(data, 'opening').heading).toBe(
      '08:20 — Phát biểu khai mạc hội nghị (Phan Thanh Ước)',
    );
    expect(only(data, 'closing').heading).toBe('12:20 — Bế mạc hội nghị (Nguyễn Thị Hương)');
    expect(data.title).toBe('KỊCH BẢN ĐIỀU HÀNH HỘI NGHỊ');
    expect(data.subtitle).toBe('Cán bộ, công chức, viên chức, người lao động năm 2026');
  });

  it('the live screen finds an item’s lines by its id, also after the programme is reordered', () => {
    const ctx = context();
    const [first, ...rest] = ctx.conference.agenda;
    if (!first) throw new Error('the fixture has a programme');
    const reordered = { ...ctx, conference: { ...ctx.conference, agenda: [...rest, first] } };
    const section = chairScriptSection(reordered, SCRIPT_WORDING, first.id);
    expect(section?.itemId).toBe(first.id);
    expect(section?.kind).toBe(first.kind);
    expect(chairScriptSection(ctx, SCRIPT_WORDING, 'no-such-item')).toBeUndefined();
  });

  it('announces the quorum with the figures of conferenceQuorum (Điều 51.2.c)', () => {
    const ctx = context();
    const q = conferenceQuorum(ctx.conference, ctx.people, rules);
    expect(q).toMatchObject({ base: 20, present: 15, needed: 14, reached: true, percent: 75 });
    const data = chairScriptData(ctx);
    expect(only(data, 'purposeAndGuests').lines.map((l) => l.text)).toContain(
      `Tổng số cán bộ, công chức, viên chức, người lao động được triệu tập: ${q.base} người; có mặt: ${q.present} người, đạt ${q.percent}% (số cần có theo quy định: ${q.needed} người). Hội nghị đủ điều kiện tiến hành theo Điều 51.2.c Luật Thực hiện dân chủ ở cơ sở.`,
    );
  });

  it('writes a decimal comma in the percentage', () => {
    // 14 of 20 present would be 70; 13 of 19 active (p20 left) is 68,42 %.
    const ctx = context();
    const people = ctx.people.map((p) => (p.id === 'p20' ? { ...p, active: false } : p));
    const attendance = { ...ctx.conference.attendance };
    delete attendance.p1;
    delete attendance.p2;
    const data = chairScriptData({
      ...ctx,
      people,
      conference: { ...ctx.conference, attendance },
    });
    expect(data.quorum).toMatchObject({ base: 19, present: '13', percent: '68,42', needed: 13 });
  });

  it('follows every vote prompt with the votes to pass over those present (R2)', () => {
    const ctx = context();
    const data = chairScriptData(ctx);
    const needed = votesToPass(15, rules.passFraction.value);
    expect(needed).toBe(8);
    const lines = allText(data);
    const prompts = lines.flatMap((l, i) => (l === VOTE ? [i] : []));
    expect(prompts.length).toBeGreaterThanOrEqual(6);
    for (const i of prompts) {
      expect(lines[i + 1]).toBe('Ai không đồng ý xin giơ tay… Xin cảm ơn.');
      expect(lines[i + 2]).toBe('Ai có ý kiến khác xin giơ tay… Xin cảm ơn.');
      expect(lines[i + 3]).toBe(
        `Theo Luật, nội dung được thông qua khi có trên 50% số người dự hội nghị tán thành, tức là ít nhất ${needed} người.`,
      );
    }
    expect(only(data, 'resolution').lines.map((l) => l.text)).toContain(VOTE);
  });

  it('before check-in: base and needed, blanks for present, percent and votes', () => {
    const data = chairScriptData(context({ attendance: {} }));
    expect(data.quorum).toEqual({
      base: 20,
      needed: 14,
      present: '…',
      percent: '…',
      votesToPass: '…',
    });
    const lines = allText(data);
    expect(lines).toContain(
      'Tổng số cán bộ, công chức, viên chức, người lao động được triệu tập: 20 người; có mặt: … người, đạt …% (số cần có theo quy định: 14 người). Hội nghị đủ điều kiện tiến hành theo Điều 51.2.c Luật Thực hiện dân chủ ở cơ sở.',
    );
    expect(lines.some((l) => l.endsWith('tức là ít nhất … người.'))).toBe(true);
  });

  it('says the conference may not proceed while the quorum is short', () => {
    const ctx = context();
    const attendance = Object.fromEntries(Object.entries(ctx.conference.attendance).slice(0, 10));
    const data = chairScriptData({ ...ctx, conference: { ...ctx.conference, attendance } });
    // 10 present, 14 needed: the quorumShort sentence, with the shortfall.
    expect(data.quorum).toMatchObject({ present: '10', needed: 14, reached: false });
    const sentence = allText(data).find((l) => l.startsWith('Tổng số cán bộ')) ?? '';
    expect(sentence).toContain('có mặt: 10 người, đạt 50%');
    expect(sentence).toContain('Hội nghị chưa đủ điều kiện tiến hành');
    expect(sentence).toContain('còn thiếu 4 người');
  });

  it('introduces the date, venue and guests by name and title', () => {
    const lines = only(chairScriptData(context()), 'purposeAndGuests').lines.map((l) => l.text);
    expect(lines[0]).toBe('Kính thưa các vị đại biểu, thưa toàn thể hội nghị!');
    expect(lines[1]).toContain(
      'hôm nay, ngày 15 tháng 01 năm 2026, tại Hội trường tầng 3, số 2 Ngọc Hà, Hà Nội, Vụ Khoa học, Công nghệ và Môi trường long trọng tổ chức Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026.',
    );
    expect(lines).toContain(
      '- Đồng chí Trần Thị Hồng Nhung – Phó Chủ tịch Công đoàn Bộ Nông nghiệp và Môi trường;',
    );
    expect(lines).toContain(
      '- Đồng chí Nguyễn Văn Quyết – Trưởng ban Tổ chức Đảng ủy Bộ Nông nghiệp và Môi trường;',
    );
  });

  it('proposes the presidium and secretary of conference.presidium; the first is the chair', () => {
    const data = chairScriptData(context());
    const lines = only(data, 'presidiumAndSecretary').lines.map((l) => l.text);
    expect(lines).toContain('- Đồng chí Phan Thanh Ước – Vụ trưởng;');
    expect(lines).toContain(
      '- Đồng chí Nguyễn Thị Hương – Chuyên viên chính, Chủ tịch Công đoàn cơ sở Vụ Khoa học, Công nghệ và Môi trường;',
    );
    expect(lines).toContain('Đồng chí Phan Thanh Ước làm chủ tọa hội nghị.');
    expect(lines).toContain('- Đồng chí Đỗ Thị Ngọc Ánh – Chuyên viên;');
    expect(lines).toContain(VOTE);
    expect(data.infoLines).toContain('Chủ tọa: Phan Thanh Ước – Vụ trưởng.');

    const swapped = chairScriptData(
      context({ presidium: { presidiumIds: ['p2', 'p1'], secretaryIds: [] } }),
    );
    const swappedLines = only(swapped, 'presidiumAndSecretary').lines.map((l) => l.text);
    expect(swappedLines).toContain('Đồng chí Nguyễn Thị Hương làm chủ tọa hội nghị.');
    expect(swappedLines).toContain('Thư ký hội nghị gồm … đồng chí:');
    expect(swappedLines).toContain('- Đồng chí …;');
  });

  it('invites the presenter of a statutory step by name and position', () => {
    const lines = only(chairScriptData(context()), 'unionReport').lines.map((l) => l.text);
    expect(lines[1]).toMatch(
      /^Tiếp theo chương trình, xin trân trọng kính mời đồng chí Nguyễn Thị Hương – Chuyên viên chính, Chủ tịch Công đoàn cơ sở .* trình bày báo cáo của Ban Chấp hành Công đoàn/,
    );
    expect(lines).toContain('Xin trân trọng cảm ơn đồng chí Nguyễn Thị Hương.');
  });

  it('writes the Ban TTND election sub-script with the seats left blank', () => {
    const section = only(chairScriptData(context()), 'boardElection');
    const steps = section.lines.filter((l) => l.style === 'subheading').map((l) => l.text);
    expect(steps).toEqual([
      'Bước 1. Số lượng thành viên',
      'Bước 2. Danh sách ứng cử',
      'Bước 3. Ban kiểm phiếu',
      'Bước 4. Thể lệ bầu cử',
      'Bước 5. Bỏ phiếu',
      'Bước 6. Kiểm phiếu',
      'Bước 7. Công bố kết quả',
    ]);
    const text = section.lines.map((l) => l.text);
    expect(text).toContain(
      'Căn cứ Tờ trình của Ban Chấp hành Công đoàn cơ sở Vụ Khoa học, Công nghệ và Môi trường, Đoàn Chủ tịch đề nghị hội nghị biểu quyết số lượng thành viên Ban Thanh tra nhân dân nhiệm kỳ 2026–2028 là … đồng chí.',
    );
    expect(text.some((l) => l.includes('từ 3 đến 9 thành viên'))).toBe(true);
    expect(text.some((l) => l.includes('theo Tờ trình'))).toBe(true);
    expect(text.filter((l) => l === VOTE)).toHaveLength(4);
    expect(section.lines.find((l) => l.text.startsWith('(Ban kiểm phiếu'))?.style).toBe(
      'direction',
    );
  });

  it('reads the programme out with its times at the programme approval', () => {
    const lines = only(chairScriptData(context()), 'programmeApproval').lines.map((l) => l.text);
    expect(lines).toContain('- Từ 08:00 đến 08:05: Chào cờ;');
    expect(lines).toContain('- Từ 12:20 đến 12:25: Bế mạc hội nghị;');
  });

  it('builds the default programme and presidium when none is set, so the script is never empty', () => {
    const data = chairScriptData(
      context({ agenda: [], presidium: { presidiumIds: [], secretaryIds: [] } }),
    );
    expect(data.isDefaultAgenda).toBe(true);
    expect(data.sections.length).toBeGreaterThan(10);
    expect(data.infoLines).toContain('Đoàn Chủ tịch: Phan Thanh Ước, Nguyễn Thị Hương.');
  });

  it('still announces the quorum when the programme has no statement of purpose', () => {
    const ctx = context();
    const agenda = ctx.conference.agenda.filter((i) => i.kind !== 'purposeAndGuests');
    const data = chairScriptData({ ...ctx, conference: { ...ctx.conference, agenda } });
    expect(only(data, 'opening').lines.at(-1)?.text).toMatch(/^Tổng số cán bộ, .*: 20 người;/);
  });

  it('speaks of delegates at a delegates’ conference', () => {
    const ctx = context({ form: 'delegates', delegateIds: ['p1', 'p2', 'p3', 'p4', 'p5'] });
    const lines = allText(chairScriptData(ctx));
    expect(lines.some((l) => l.startsWith('Tổng số đại biểu được triệu tập: 5 người;'))).toBe(true);
  });

  it('takes edited wording, and an include that loops is skipped rather than hanging', () => {
    const wording = {
      ...SCRIPT_WORDING,
      flagSalute: ['Chào cờ tại {venue}.', '{@flagSalute}'],
      votePrompt: ['Biểu quyết.', '{@votePrompt}'],
    };
    const data = chairScriptData(context(), wording);
    expect(data.sections[0]?.lines.map((l) => l.text)).toEqual([
      'Chào cờ tại Hội trường tầng 3, số 2 Ngọc Hà, Hà Nội.',
    ]);
    expect(allText(data)).toContain('Biểu quyết.');
  });
});
