import { describe, expect, it } from 'vitest';
import { ConferenceSchema } from '../../../../core/domain/conference';
import { printedResolution } from '../../../../core/domain/printedResolution';
import {
  ResolutionItemSchema,
  ResolutionSchema,
  type ResolutionItem,
} from '../../../../core/domain/resolution';
import {
  ELECTION_ITEM_ID,
  electionDecisionFacts,
  syncElectionItem,
} from '../../../../core/domain/resolutionElection';
import {
  generatedItemText,
  itemReference,
  resolutionText,
  romanNumeral,
  withGeneratedText,
  type ResolutionTextContext,
} from '../../../../core/domain/resolutionText';
import {
  CANDIDATES,
  ballots,
  makeRound,
  people,
  person,
  repeat,
  rules,
  setupElection,
} from './election.fixture';

const ctx: ResolutionTextContext = { year: 2026, people, election: null };

function item(fields: Partial<ResolutionItem> & Pick<ResolutionItem, 'id' | 'section'>) {
  return ResolutionItemSchema.parse(fields);
}

const LOCK = { at: '2026-01-15T10:00:00Z', note: '' };

describe('resolution text: each item generated from its fields unless edited', () => {
  it('assessment: the previous target against what was achieved, with the ratio', () => {
    expect(
      generatedItemText(
        item({
          id: 'a',
          section: 'assessment',
          indicator: 'Số lớp bồi dưỡng nghiệp vụ',
          target: 12,
          achieved: 10,
          unitOfMeasure: 'lớp',
        }),
        ctx,
      ),
    ).toBe('Số lớp bồi dưỡng nghiệp vụ: chỉ tiêu 12 lớp, thực hiện 10 lớp (đạt 83,33% chỉ tiêu).');
    // A share of a percentage is not printed.
    expect(
      generatedItemText(
        item({
          id: 'b',
          section: 'assessment',
          indicator: 'tỷ lệ hoàn thành tốt nhiệm vụ',
          target: 90,
          achieved: 95.5,
          unitOfMeasure: '%',
        }),
        ctx,
      ),
    ).toBe('Tỷ lệ hoàn thành tốt nhiệm vụ: chỉ tiêu 90%, thực hiện 95,5%.');
  });

  it('targets with Vietnamese number separators; tasks with owner and deadline', () => {
    expect(
      generatedItemText(
        item({
          id: 't',
          section: 'targets',
          indicator: 'Tổng thu sự nghiệp',
          target: 1234.5,
          unitOfMeasure: 'triệu đồng',
        }),
        ctx,
      ),
    ).toBe('Tổng thu sự nghiệp: 1.234,5 triệu đồng.');
    expect(
      generatedItemText(
        item({
          id: 'k',
          section: 'tasks',
          indicator: 'Tổ chức tập huấn chuyển đổi số cho viên chức',
          owner: { kind: 'union' },
          deadline: '2026-06-30',
        }),
        ctx,
      ),
    ).toBe(
      'Tổ chức tập huấn chuyển đổi số cho viên chức; giao Ban Chấp hành Công đoàn cơ sở chủ trì thực hiện; thời hạn: 30/06/2026.',
    );
    const an = person('Nguyễn Văn An');
    expect(
      generatedItemText(
        item({
          id: 'p',
          section: 'tasks',
          indicator: 'Rà soát quy chế văn hoá công sở',
          owner: { kind: 'person', personId: an.id },
        }),
        ctx,
      ),
    ).toBe('Rà soát quy chế văn hoá công sở; giao đồng chí Nguyễn Văn An chủ trì thực hiện.');
  });

  it('internal rules are "Thông qua …" once; implementation starts with who implements', () => {
    expect(
      generatedItemText(
        item({ id: 'r', section: 'internalRules', indicator: 'Quy chế chi tiêu nội bộ năm 2026' }),
        ctx,
      ),
    ).toBe('Thông qua Quy chế chi tiêu nội bộ năm 2026.');
    expect(
      generatedItemText(
        item({ id: 'r2', section: 'internalRules', indicator: 'thông qua Quy chế dân chủ' }),
        ctx,
      ),
    ).toBe('Thông qua Quy chế dân chủ.');
    expect(
      generatedItemText(
        item({
          id: 'i',
          section: 'implementation',
          indicator: 'Chỉ đạo các phòng triển khai thực hiện nghị quyết',
          owner: { kind: 'head' },
        }),
        ctx,
      ),
    ).toBe('Thủ trưởng cơ quan, đơn vị chỉ đạo các phòng triển khai thực hiện nghị quyết.');
  });

  it('an edited text is printed as the user wrote it, and stays when the fields change', () => {
    const edited = item({
      id: 'e',
      section: 'targets',
      indicator: 'Chỉ tiêu cũ',
      target: 5,
      text: '100% cán bộ hoàn thành nhiệm vụ được giao',
      textEdited: true,
    });
    const [section] = resolutionText([{ ...edited, target: 6 }], ctx);
    expect(section?.items[0]?.text).toBe('100% cán bộ hoàn thành nhiệm vụ được giao');
    expect(withGeneratedText([edited], ctx)[0]).toBe(edited);
  });
});

describe('resolution numbering: I., II., … for parts, 1., 2., … within each', () => {
  it('numbers only the parts that have something to print, in the statutory order', () => {
    const items = [
      item({ id: 'k1', section: 'tasks', indicator: 'Nhiệm vụ một' }),
      item({ id: 't1', section: 'targets', indicator: 'Chỉ tiêu một', target: 1 }),
      item({ id: 'k2', section: 'tasks', indicator: 'Nhiệm vụ hai' }),
      item({ id: 'blank', section: 'decisions', indicator: '  ' }),
      item({ id: 'i1', section: 'implementation', indicator: 'Các phòng, ban tổ chức thực hiện' }),
    ];
    const sections = resolutionText(items, ctx);
    expect(sections.map((s) => `${s.label} ${s.heading}`)).toEqual([
      'I. Các chỉ tiêu chủ yếu năm 2026',
      'II. Nhiệm vụ và giải pháp thực hiện năm 2026',
      'III. Tổ chức thực hiện',
    ]);
    expect(sections[1]?.items.map((i) => `${i.label} ${i.text}`)).toEqual([
      '1. Nhiệm vụ một.',
      '2. Nhiệm vụ hai.',
    ]);
    expect(itemReference(sections, 'k2')).toBe('II.2');
    expect(itemReference(sections, 'blank')).toBe('');
  });

  it('writes Roman numerals as union resolutions do', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 9, 14, 40].map(romanNumeral)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'IX',
      'XIV',
      'XL',
    ]);
  });
});

describe('the Ban TTND decision from the locked election', () => {
  const complete = () =>
    ConferenceSchema.parse({
      id: 'c1',
      year: 2026,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      election: setupElection({
        rounds: [
          makeRound({
            passes: { A: ballots(repeat(150, [6, 7])), B: ballots(repeat(150, [6, 7])) },
            locked: LOCK,
          }),
        ],
      }),
    });

  it('is not available until the election is complete', () => {
    const counting = complete();
    const open = {
      ...counting,
      election: {
        ...counting.election!,
        rounds: counting.election!.rounds.map((r) => ({ ...r, locked: undefined })),
      },
    };
    expect(electionDecisionFacts(open, people, rules)).toBeNull();
    expect(syncElectionItem([], null)).toEqual([]);
  });

  it('names the members, the term and the votes with the base of the percentage (R16)', () => {
    const facts = electionDecisionFacts(complete(), people, rules);
    expect(facts?.members.map((m) => m.fullName)).toEqual(
      CANDIDATES.slice(0, 5).map((p) => p.fullName),
    );
    const items = syncElectionItem(
      [item({ id: 'd1', section: 'decisions', indicator: 'Mức đóng góp quỹ xã hội' })],
      facts,
    );
    expect(items.map((i) => i.id)).toEqual([ELECTION_ITEM_ID, 'd1']);
    const [decisions] = resolutionText(items, { ...ctx, election: facts });
    expect(decisions?.heading).toBe('Quyết định các nội dung thuộc thẩm quyền của hội nghị');
    expect(decisions?.items[0]?.text).toBe(
      'Bầu Ban Thanh tra nhân dân nhiệm kỳ 2026–2028 gồm 5 thành viên (tỷ lệ tính trên số người có mặt tại hội nghị): Nguyễn Văn An (150 phiếu, 100,00%); Trần Thị Bình (150 phiếu, 100,00%); Lê Văn Cường (150 phiếu, 100,00%); Phạm Thị Dung (150 phiếu, 100,00%); Hoàng Văn Em (150 phiếu, 100,00%).',
    );
    // Added once: a second sync keeps the items as they are, an edited text included.
    const edited = items.map((i) =>
      i.fromElection ? { ...i, text: 'Bầu Ban TTND (đã sửa)', textEdited: true } : i,
    );
    expect(syncElectionItem(edited, facts)).toEqual(edited);
  });
});

describe('the printed resolution: regenerated while drafted, frozen once adopted', () => {
  const base = {
    year: 2026,
    election: setupElection({
      rounds: [
        makeRound({
          passes: { A: ballots(repeat(150, [6, 7])), B: ballots(repeat(150, [6, 7])) },
          locked: LOCK,
        }),
      ],
    }),
  };
  const stored = item({
    id: 'k',
    section: 'tasks',
    indicator: 'Nhiệm vụ mới',
    text: 'Nhiệm vụ như lúc thông qua.',
  });

  it('a draft gets the election item and its sentences from the fields', () => {
    const printed = printedResolution(
      { ...base, resolution: ResolutionSchema.parse({ items: [stored] }) },
      people,
      rules,
    );
    expect(printed.items.map((i) => [i.id, i.text.slice(0, 20)])).toEqual([
      ['k', 'Nhiệm vụ mới.'],
      [ELECTION_ITEM_ID, 'Bầu Ban Thanh tra nh'],
    ]);
    expect(printed.sections.map((s) => s.label)).toEqual(['I.', 'II.']);
  });

  it('an adopted resolution prints what was adopted, whatever the fields or the election say now', () => {
    const printed = printedResolution(
      {
        ...base,
        resolution: ResolutionSchema.parse({ items: [stored], stage: 'adopted' }),
      },
      people,
      rules,
    );
    expect(printed.items).toEqual([stored]);
    expect(printed.sections[0]?.items[0]?.text).toBe('Nhiệm vụ như lúc thông qua.');
  });
});
