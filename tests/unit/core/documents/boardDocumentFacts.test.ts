/**
 * Which of the Ban TTND's records each D22 document prints (the one named, else its latest), when a
 * document is offered, who the board is (head, deputy, members — R19), and how a record's subject
 * reads inside a sentence (Luật 10/2022/QH15 Điều 62; Nghị định 59/2023/NĐ-CP Điều 22).
 */
import { describe, expect, it } from 'vitest';
import {
  boardDocumentApplies,
  boardDocumentRecords,
  boardMembers,
  boardRecordFor,
  boardRecordLabel,
  boardRecordRefusal,
  selectedRecordId,
  subjectInSentence,
} from '../../../../core/documents/boardDocumentFacts';
import { conferenceDayContext } from './conferenceDayContext.fixture';
import { boardDeputy, boardDocumentsContext, boardHead } from './boardDocumentsContext.fixture';

const ctx = boardDocumentsContext();
const { conference } = ctx;

describe('the record a D22 document prints', () => {
  it('is by default the latest: the programme, the inspection planned last, the result written last, the recommendation received last', () => {
    expect(boardRecordFor(conference, 'D22CT')).toBe('bp1');
    expect(boardRecordFor(conference, 'D22KH')).toBe('i2');
    // i2 has no written result: the report prints i1, the only one that has.
    expect(boardRecordFor(conference, 'D22BC')).toBe('i1');
    expect(boardRecordFor(conference, 'D22KN')).toBe('k2');
  });

  it('prefers the programme of the period that starts last, the quarter over its year', () => {
    const withQuarters = boardDocumentsContext((b) => ({
      ...b,
      programmes: [
        ...b.programmes,
        { ...b.programmes[0]!, id: 'q1', period: { kind: 'quarter', number: 1 } },
        { ...b.programmes[0]!, id: 'h2', period: { kind: 'half', number: 2 } },
        { ...b.programmes[0]!, id: 'q3', period: { kind: 'quarter', number: 3 } },
      ],
    })).conference;
    expect(boardRecordFor(withQuarters, 'D22CT')).toBe('q3');
    const early = boardDocumentsContext((b) => ({
      ...b,
      programmes: [
        ...b.programmes,
        { ...b.programmes[0]!, id: 'q1', period: { kind: 'quarter', number: 1 } },
      ],
    })).conference;
    expect(boardRecordFor(early, 'D22CT')).toBe('q1');
  });

  it('is the record named when it is of the document’s kind, and none when it is not', () => {
    expect(boardRecordFor(conference, 'D22KH', 'i1')).toBe('i1');
    expect(boardRecordFor(conference, 'D22BC', 'i2')).toBe('i2');
    expect(boardRecordFor(conference, 'D22KH', 'k1')).toBeUndefined();
    expect(boardRecordFor(conference, 'D22KN', 'gone')).toBeUndefined();
    // For a whole export the other documents keep their latest record.
    expect(selectedRecordId(conference, 'D22KH', 'k1')).toBe('i2');
    expect(boardDocumentRecords(conference, 'i1')).toEqual({
      D22CT: 'bp1',
      D22KH: 'i1',
      D22BC: 'i1',
      D22KN: 'k2',
    });
  });

  it('refuses in words a record that is gone, or a document the board has no record for', () => {
    expect(boardRecordRefusal(conference, ['D22KH'], 'gone')).toMatch(
      /^Không tìm thấy cuộc kiểm tra, giám sát cần in/,
    );
    expect(boardRecordRefusal(conference, ['D8', 'D22KH'], 'i1')).toBeUndefined();
    const none = boardDocumentsContext((b) => ({ ...b, recommendations: [] })).conference;
    expect(boardRecordRefusal(none, ['D22KN'])).toBe(
      'Ban Thanh tra nhân dân chưa có kiến nghị nào: chưa lập được văn bản D22KN.',
    );
  });

  it('says in words which record a document prints', () => {
    expect(boardRecordLabel(conference, 'D22CT')).toBe('Chương trình năm 2026');
    expect(boardRecordLabel(conference, 'D22KH', 'i1')).toBe(
      'Cuộc kiểm tra ngày 20/04/2026: Văn phòng',
    );
    expect(boardRecordLabel(conference, 'D22KN')).toBe(
      'Kiến nghị nhận ngày 01/06/2026: Bổ sung quy định chi phúc lợi',
    );
    expect(boardRecordLabel(conference, 'D8')).toBeUndefined();
  });
});

describe('when the D22 documents are offered', () => {
  it('each once the board holds a record for it; the report once a result is written', () => {
    for (const id of ['D22CT', 'D22KH', 'D22BC', 'D22KN'] as const)
      expect(boardDocumentApplies(id)(ctx)).toBe(true);
    const noResult = boardDocumentsContext((b) => ({
      ...b,
      inspections: b.inspections.map((i) => ({ ...i, resultOn: undefined, result: '' })),
    }));
    expect(boardDocumentApplies('D22BC')(noResult)).toBe(false);
    expect(boardDocumentApplies('D22KH')(noResult)).toBe(true);
    for (const id of ['D22CT', 'D22KH', 'D22BC', 'D22KN'] as const)
      expect(boardDocumentApplies(id)(conferenceDayContext())).toBe(false);
  });
});

describe('the board', () => {
  it('is the members this conference elected: the head, the deputy, then the others by name', () => {
    const members = boardMembers(ctx);
    expect(members.slice(0, 2).map((m) => [m.person.id, m.role])).toEqual([
      [boardHead.id, 'head'],
      [boardDeputy.id, 'deputy'],
    ]);
    expect(members).toHaveLength(5);
    expect(members.slice(2).every((m) => m.role === 'member')).toBe(true);
  });
});

describe('subjectInSentence', () => {
  it('lowers the capital of a matter, never of a body’s name', () => {
    expect(subjectInSentence('Việc thực hiện Quy chế chi tiêu nội bộ.')).toBe(
      'việc thực hiện Quy chế chi tiêu nội bộ',
    );
    expect(subjectInSentence('Công tác thu, chi quỹ phúc lợi')).toBe(
      'công tác thu, chi quỹ phúc lợi',
    );
    expect(subjectInSentence('Văn phòng')).toBe('Văn phòng');
    expect(subjectInSentence('Phòng Tài chính')).toBe('Phòng Tài chính');
    expect(subjectInSentence('VIỆC MUA SẮM')).toBe('VIỆC MUA SẮM');
  });
});
