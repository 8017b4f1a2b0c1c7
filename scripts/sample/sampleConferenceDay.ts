/**
 * The sample's conference day (issue 6), through the proceedings:* and resolution:* channels as the
 * "Điều hành hội nghị" screen uses them: the resolution drafted and put out for opinion before the
 * day; on the day every agenda item run in order with the secretary's summary, six opinions from
 * the floor (two answered, two taken into the resolution), the standard floor votes (R2: all pass),
 * the Ban TTND election counted at its item, the resolution revised, adopted by the hall and
 * locked, the conference closed; then the focal point (Điều 52.2) and the report's recipient.
 */
import type { ChannelInput } from '../../core/contract';
import type { AgendaKind } from '../../core/domain/agendaKinds';
import { hanoi, type SampleContext } from './sampleContext';

type ItemInput = ChannelInput<'resolution:saveItems'>['items'][number];
type VoteInput = ChannelInput<'proceedings:recordVote'>['vote'];

const DAY = '2026-01-15';

/** What the secretary typed under each item of the programme (the default one, Điều 51.4). */
const SUMMARIES: Partial<Record<AgendaKind, string>> = {
  flagSalute: 'Hội nghị làm lễ chào cờ.',
  purposeAndGuests:
    'Đồng chí Huỳnh Thanh Khánh, Phó Chủ tịch Công đoàn, tuyên bố lý do, giới thiệu đại biểu: bà Nguyễn Thị Lan, Phó Chủ tịch Công đoàn Bộ Nông nghiệp và Môi trường; ông Lê Minh Tuấn, Phó Vụ trưởng Vụ Tổ chức cán bộ. Đồng chí báo cáo số cán bộ, công chức, người lao động có mặt.',
  presidiumAndSecretary:
    'Đồng chí Huỳnh Thanh Khánh giới thiệu Đoàn Chủ tịch gồm đồng chí Phan Thanh Ước, Vụ trưởng, và đồng chí Hồ Thanh Hiếu, Chủ tịch Công đoàn; thư ký hội nghị là đồng chí Ngô Minh Uyên. Hội nghị biểu quyết thông qua.',
  programmeApproval:
    'Đồng chí Hồ Thanh Hiếu trình bày chương trình và quy chế làm việc của hội nghị. Hội nghị biểu quyết thông qua.',
  opening:
    'Đồng chí Phan Thanh Ước phát biểu khai mạc, nêu mục đích, yêu cầu của hội nghị và đề nghị các đại biểu phát huy dân chủ, thảo luận thẳng thắn.',
  headReport:
    'Đồng chí Phan Thanh Ước trình bày báo cáo kết quả thực hiện nhiệm vụ năm 2025 và phương hướng, nhiệm vụ năm 2026: Vụ hoàn thành các nhiệm vụ được Bộ giao; thẩm định 46 nhiệm vụ khoa học và công nghệ; 97% hồ sơ giải quyết đúng hạn. Thủ trưởng tự kiểm điểm trách nhiệm trong chỉ đạo, điều hành; nêu hạn chế về tiến độ số hoá hồ sơ lưu trữ.',
  unionReport:
    'Đồng chí Hồ Thanh Hiếu, Chủ tịch Công đoàn, báo cáo kết quả thực hiện nghị quyết hội nghị năm 2025, việc thực hiện quy chế dân chủ ở cơ sở và hoạt động giám sát, hỗ trợ của Công đoàn.',
  discussion:
    'Có 06 ý kiến phát biểu, tập trung vào số hoá hồ sơ, chế độ làm thêm giờ, trang thiết bị làm việc, chăm sóc sức khoẻ và việc công khai kết quả thực hiện nghị quyết.',
  answers:
    'Đồng chí Phan Thanh Ước và đồng chí Hồ Thanh Hiếu tiếp thu, giải trình các ý kiến; các đề xuất hợp lý được bổ sung vào dự thảo nghị quyết.',
  boardReport:
    'Đồng chí Trịnh Thanh Việt, Trưởng Ban Thanh tra nhân dân nhiệm kỳ 2024–2026, báo cáo kết quả hoạt động của Ban năm 2025 và kiến nghị chương trình hoạt động năm 2026.',
  decisions:
    'Hội nghị thảo luận, thống nhất sửa đổi Quy chế chi tiêu nội bộ (mức hỗ trợ làm thêm giờ), Quy chế thực hiện dân chủ trong hoạt động của cơ quan và việc sử dụng quỹ phúc lợi năm 2026.',
  boardElection:
    'Hội nghị biểu quyết thông qua số lượng 05 thành viên, danh sách 07 người ứng cử, thể lệ bầu cử và Ban kiểm phiếu 03 người; bầu bằng phiếu kín. Trưởng Ban kiểm phiếu công bố kết quả.',
  awards:
    'Đồng chí Phan Thanh Ước công bố quyết định khen thưởng năm 2025; đồng chí Hồ Thanh Hiếu phát động phong trào thi đua năm 2026.',
  covenant:
    'Đồng chí Phan Thanh Ước và đồng chí Hồ Thanh Hiếu ký giao ước thi đua năm 2026 trước hội nghị.',
  resolution:
    'Đồng chí Ngô Minh Uyên, thư ký hội nghị, trình bày dự thảo nghị quyết đã tiếp thu ý kiến tại hội nghị. Hội nghị biểu quyết thông qua nghị quyết.',
  closing: 'Đồng chí Hồ Thanh Hiếu, Chủ tịch Công đoàn, phát biểu bế mạc hội nghị.',
};

/** When each item actually started (the day ran a few minutes behind the programme). */
const STARTS: Partial<Record<AgendaKind, string>> = {
  flagSalute: '08:00',
  purposeAndGuests: '08:04',
  presidiumAndSecretary: '08:10',
  programmeApproval: '08:15',
  opening: '08:20',
  headReport: '08:31',
  unionReport: '09:04',
  discussion: '09:25',
  answers: '10:12',
  boardReport: '10:33',
  decisions: '10:47',
  boardElection: '11:00',
  awards: '11:52',
  covenant: '12:05',
  resolution: '12:13',
  closing: '12:27',
};
const CLOSED_AT = '12:32';

/** The floor votes taken under each item, in the order they were taken (150 present). */
const VOTES: Partial<Record<AgendaKind, VoteInput[]>> = {
  presidiumAndSecretary: [{ subject: 'presidium', votesFor: 150, votesAgainst: 0, votesOther: 0 }],
  programmeApproval: [{ subject: 'programme', votesFor: 148, votesAgainst: 0, votesOther: 2 }],
  boardElection: [
    { subject: 'boardSeats', votesFor: 146, votesAgainst: 2, votesOther: 2 },
    { subject: 'candidateList', votesFor: 145, votesAgainst: 3, votesOther: 2 },
    { subject: 'electionRules', votesFor: 148, votesAgainst: 0, votesOther: 2 },
    { subject: 'countingBoard', votesFor: 150, votesAgainst: 0, votesOther: 0 },
  ],
  resolution: [{ subject: 'resolution', votesFor: 147, votesAgainst: 1, votesOther: 2 }],
};

/** The draft put out for opinion before the conference (Điều 51.4.i: adopted at the end). */
function draftItems(s: SampleContext): ItemInput[] {
  const { byName } = s;
  const year = (indicator: string, target: number, unitOfMeasure: string, achieved?: number) =>
    achieved === undefined
      ? { section: 'targets' as const, indicator, target, unitOfMeasure }
      : { section: 'assessment' as const, indicator, target, unitOfMeasure, achieved };
  return [
    year('Tỷ lệ hồ sơ giải quyết đúng hạn', 95, '%', 97),
    year('Nhiệm vụ khoa học và công nghệ được thẩm định', 40, 'nhiệm vụ', 46),
    year('Lượt cán bộ được bồi dưỡng chuyên môn, nghiệp vụ', 30, 'lượt người', 34),
    year('Tỷ lệ hồ sơ giải quyết đúng hạn', 98, '%'),
    year('Nhiệm vụ khoa học và công nghệ được thẩm định', 50, 'nhiệm vụ'),
    year('Lượt cán bộ được bồi dưỡng chuyên môn, nghiệp vụ', 40, 'lượt người'),
    year('Tỷ lệ văn bản đi, đến được xử lý trên môi trường điện tử', 100, '%'),
    {
      section: 'tasks',
      indicator:
        'Số hoá hồ sơ khoa học và công nghệ lưu trữ từ năm 2015, phục vụ tra cứu trực tuyến',
      owner: { kind: 'department', department: 'Văn phòng Vụ' },
      deadline: '2026-12-31',
    },
    {
      section: 'tasks',
      indicator:
        'Hoàn thiện quy trình thẩm định nhiệm vụ khoa học và công nghệ trên môi trường điện tử',
      owner: { kind: 'head' },
      deadline: '2026-06-30',
    },
    {
      section: 'tasks',
      indicator: 'Công khai kết quả thực hiện nghị quyết hằng quý trên trang thông tin nội bộ',
      owner: { kind: 'person', personId: byName('Huỳnh Thanh Khánh').id },
      deadline: '2026-04-10',
    },
    {
      section: 'tasks',
      indicator: 'Giám sát việc thực hiện quy chế dân chủ ở cơ sở và nghị quyết hội nghị',
      owner: { kind: 'board' },
      deadline: '2026-12-31',
    },
    {
      section: 'decisions',
      indicator:
        'Sử dụng quỹ phúc lợi năm 2026 để tổ chức tham quan, nghỉ dưỡng cho cán bộ, người lao động',
      owner: { kind: 'union' },
      deadline: '2026-08-31',
    },
    {
      section: 'internalRules',
      indicator: 'Quy chế chi tiêu nội bộ năm 2026 (sửa đổi mức hỗ trợ làm thêm giờ)',
    },
    {
      section: 'internalRules',
      indicator: 'Quy chế thực hiện dân chủ trong hoạt động của Vụ Khoa học và Công nghệ',
    },
    {
      section: 'emulation',
      indicator:
        'Phát động phong trào thi đua "Đổi mới sáng tạo, hoàn thành xuất sắc nhiệm vụ" năm 2026',
      owner: { kind: 'union' },
    },
    {
      section: 'emulation',
      indicator: 'Tỷ lệ cán bộ, công chức đạt danh hiệu Lao động tiên tiến',
      target: 85,
      unitOfMeasure: '%',
    },
    {
      section: 'implementation',
      indicator: 'Chỉ đạo các phòng xây dựng kế hoạch triển khai nghị quyết trong tháng 02/2026',
      owner: { kind: 'head' },
    },
    {
      section: 'implementation',
      indicator: 'Phối hợp tổ chức quán triệt nghị quyết đến toàn thể cán bộ, người lao động',
      owner: { kind: 'union' },
    },
    {
      section: 'implementation',
      indicator: 'Giám sát việc thực hiện nghị quyết, báo cáo tại hội nghị năm 2027',
      owner: { kind: 'board' },
    },
  ];
}

/** The item added at the conference after the discussion (from an opinion). */
const HEALTH_CHECK: ItemInput = {
  section: 'tasks',
  indicator:
    'Tổ chức khám sức khoẻ định kỳ cho toàn thể cán bộ, người lao động, kể cả lao động hợp đồng',
  owner: { kind: 'union' },
  deadline: '2026-09-30',
};

/** Before the day: the draft for opinion (Điều 51.3), dated the Monday before the conference. */
export async function draftSampleResolution(s: SampleContext): Promise<void> {
  const { call, clock, conferenceId } = s;
  clock.at(hanoi('2026-01-12', '14:00'));
  await call('resolution:saveItems', { conferenceId, items: draftItems(s) });
  clock.advance(30 * 60);
  await call('resolution:setStage', { conferenceId, stage: 'forOpinion' });
}

function itemId(items: readonly { id: string; indicator?: string }[], starts: string): string {
  const item = items.find((i) => i.indicator?.startsWith(starts));
  if (!item) throw new Error(`no resolution item "${starts}"`);
  return item.id;
}

/**
 * The day itself. `countElection` runs at the election's item, after the votes that prepare it
 * (seats, candidates, rules, counting board) and before the hall moves on.
 */
export async function runSampleConferenceDay(
  s: SampleContext,
  countElection: () => Promise<void>,
): Promise<void> {
  const { call, clock, byName, conferenceId } = s;
  clock.at(hanoi(DAY, '08:00'));
  const { agenda } = await call('conference:get', { id: conferenceId });
  await call('proceedings:open', { conferenceId, time: '08:00' });
  let opinionIds: string[] = [];
  for (const item of agenda) {
    clock.at(hanoi(DAY, STARTS[item.kind] ?? '12:30'));
    await call('proceedings:moveTo', { conferenceId, itemId: item.id });
    const summary = SUMMARIES[item.kind];
    if (summary) {
      clock.advance(60);
      await call('proceedings:saveSummary', { conferenceId, itemId: item.id, summary });
    }
    for (const vote of VOTES[item.kind] ?? []) {
      clock.advance(90);
      const { outcome } = await call('proceedings:recordVote', {
        conferenceId,
        vote: { ...vote, agendaItemId: item.id },
      });
      if (!outcome.passes) throw new Error(`${vote.subject}: ${outcome.sentence}`);
      if (vote.subject === 'resolution') await adopt(s, item.id);
    }
    if (item.kind === 'discussion') opinionIds = await recordOpinions(s, item.id);
    if (item.kind === 'answers') await recordAnswers(s, opinionIds);
    if (item.kind === 'boardElection') await countElection();
  }
  clock.at(hanoi(DAY, CLOSED_AT));
  await call('proceedings:close', { conferenceId, time: CLOSED_AT });
  clock.advance(10 * 60);
  await call('resolution:saveSettings', {
    conferenceId,
    focalPointId: byName('Huỳnh Thanh Khánh').id,
    reportRecipient: 'Công đoàn Bộ Nông nghiệp và Môi trường',
  });
}

const OPINIONS: { speaker: string; content: string }[] = [
  {
    speaker: 'Hoàng Phương Hạnh',
    content:
      'Đề nghị đẩy nhanh số hoá hồ sơ khoa học và công nghệ lưu trữ để cán bộ tra cứu trực tuyến, giảm thời gian tìm hồ sơ giấy.',
  },
  {
    speaker: 'Đặng Hữu Nam',
    content:
      'Đề nghị điều chỉnh mức hỗ trợ làm thêm giờ trong Quy chế chi tiêu nội bộ cho phù hợp với khối lượng công việc cuối năm.',
  },
  {
    speaker: 'Huỳnh Thùy Ánh',
    content: 'Đề nghị trang bị thêm máy tính, máy quét cho bộ phận văn thư.',
  },
  {
    speaker: 'Lê Thị Hoa (lao động hợp đồng, Văn phòng)',
    content:
      'Đề nghị tổ chức khám sức khoẻ định kỳ cho cả người lao động hợp đồng như cán bộ, công chức.',
  },
  {
    speaker: 'Đặng Minh Tú',
    content: 'Đề nghị tăng cường hoạt động thể thao, văn nghệ chào mừng các ngày lễ lớn.',
  },
  {
    speaker: 'Nguyễn Thu Nhung',
    content:
      'Đề nghị công khai kết quả thực hiện nghị quyết hằng quý để cán bộ theo dõi, giám sát.',
  },
];

/** The opinions' ids, in the order they were said. */
async function recordOpinions(s: SampleContext, agendaItemId: string): Promise<string[]> {
  const { call, clock, byName, conferenceId } = s;
  const ids: string[] = [];
  for (const opinion of OPINIONS) {
    clock.advance(6 * 60);
    // A speaker not on the roster is typed in as said in the hall (the sub-unit in the name).
    const onRoster = !opinion.speaker.includes('(');
    const saved = await call('proceedings:saveOpinion', {
      conferenceId,
      opinion: {
        agendaItemId,
        speaker: onRoster ? { personId: byName(opinion.speaker).id } : { name: opinion.speaker },
        content: opinion.content,
      },
    });
    ids.push(saved.opinion.id);
  }
  return ids;
}

/**
 * The head and the union chair answer two opinions (Điều 51.4.d); four go into the resolution, one
 * of them as a new task added to the draft at the conference (stage "revised").
 */
async function recordAnswers(s: SampleContext, opinionIds: readonly string[]): Promise<void> {
  const { call, clock, byName, conferenceId } = s;
  clock.advance(5 * 60);
  const revised = await call('resolution:setStage', { conferenceId, stage: 'revised' });
  const withHealthCheck = await call('resolution:saveItems', {
    conferenceId,
    items: [...revised.resolution.items, HEALTH_CHECK],
  });
  const items = withHealthCheck.resolution.items;
  const { proceedings } = await call('proceedings:get', { conferenceId });
  /** The n-th opinion said (1-based). */
  const opinion = (n: number) => {
    const found = proceedings.opinions.find((o) => o.id === opinionIds[n - 1]);
    if (!found) throw new Error(`no opinion ${n}`);
    return found;
  };
  clock.advance(4 * 60);
  await call('proceedings:saveOpinion', {
    conferenceId,
    opinion: {
      ...opinion(1),
      answer: {
        by: { personId: byName('Phan Thanh Ước').id },
        content:
          'Thủ trưởng tiếp thu; giao Văn phòng Vụ chủ trì số hoá hồ sơ từ năm 2015, hoàn thành trong năm 2026.',
      },
      takenIntoResolution: true,
      resolutionItemId: itemId(items, 'Số hoá hồ sơ'),
    },
  });
  clock.advance(6 * 60);
  await call('proceedings:saveOpinion', {
    conferenceId,
    opinion: {
      ...opinion(4),
      answer: {
        by: { personId: byName('Hồ Thanh Hiếu').id },
        content:
          'Công đoàn tiếp thu, phối hợp với Văn phòng Vụ tổ chức khám sức khoẻ cho toàn thể người lao động, kể cả lao động hợp đồng.',
      },
      takenIntoResolution: true,
      resolutionItemId: itemId(items, 'Tổ chức khám sức khoẻ'),
    },
  });
  // Two more proposals were already in the draft: the secretary marks them taken in.
  for (const [n, starts] of [
    [2, 'Quy chế chi tiêu nội bộ'],
    [6, 'Công khai kết quả thực hiện nghị quyết'],
  ] as const) {
    await call('proceedings:saveOpinion', {
      conferenceId,
      opinion: {
        ...opinion(n),
        takenIntoResolution: true,
        resolutionItemId: itemId(items, starts),
      },
    });
  }
}

/** The hall adopted the resolution: it is locked with the Ban TTND decision in it. */
async function adopt(s: SampleContext, agendaItemId: string): Promise<void> {
  const { call, conferenceId } = s;
  const { proceedings } = await call('proceedings:get', { conferenceId });
  const vote = proceedings.votes.find(
    (v) => v.subject === 'resolution' && v.agendaItemId === agendaItemId,
  );
  if (!vote) throw new Error('no vote on the resolution');
  const adopted = await call('resolution:setStage', {
    conferenceId,
    stage: 'adopted',
    voteId: vote.id,
  });
  if (!adopted.resolution.items.some((i) => i.fromElection))
    throw new Error('the adopted resolution has no Ban TTND decision');
}
