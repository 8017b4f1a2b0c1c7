/**
 * A conference that never reached its quorum, built from roster-184 (the election fixture's people
 * and unit, all 184 active): convened on Thursday 15/01/2026 with 100 present and again on
 * 22/01/2026, both short of the 123 needed (Điều 51.2.c), so the head and the union executive took
 * the opinions of all staff on forms (Luật 10/2022/QH15 Điều 50.2). Forms out on 23/01/2026, back
 * by 30/01/2026 to the union's office, counted on 02/02/2026: 184 issued, 170 returned. Three
 * items; an item passes with votes for from more than half of ALL 184 (93 needed, R2): the draft
 * resolution (150) and the spending rules (120) pass, the welfare contribution fails by one vote
 * at exactly 50% (92 of 184).
 */
import type { DocumentContext } from '../../../../core/documents/documentContext';
import type { WrittenOpinionRoute } from '../../../../core/domain/proceedings';
import { attendance, byName, electionContext } from './electionContext.fixture';

export { people, rules, unit } from './electionContext.fixture';

export const head = byName('Phan Thanh Ước');
export const unionChair = byName('Hồ Thanh Hiếu');
export const secretary = byName('Phạm Thanh Hương');

export function writtenRoute(fields: Partial<WrittenOpinionRoute> = {}): WrittenOpinionRoute {
  return {
    firstAttemptDate: '2026-01-15',
    secondConvocationDate: '2026-01-22',
    issuedOn: '2026-01-23',
    returnBy: '2026-01-30',
    returnTo: 'Văn phòng Công đoàn, phòng 201',
    countedOn: '2026-02-02',
    formsIssued: 184,
    formsReturned: 170,
    items: [
      {
        id: 'w1',
        title: 'Dự thảo Nghị quyết Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
        votesFor: 150,
        votesAgainst: 12,
        votesOther: 8,
      },
      {
        id: 'w2',
        title: 'Quy chế chi tiêu nội bộ năm 2026',
        votesFor: 120,
        votesAgainst: 40,
        votesOther: 10,
      },
      // 92 of 184 is exactly half: strictly more than half is 93 (R2) — fails by one vote.
      {
        id: 'w3',
        title: 'Mức đóng góp quỹ phúc lợi 200.000 đồng/người/năm',
        votesFor: 92,
        votesAgainst: 60,
        votesOther: 18,
      },
    ],
    ...fields,
  };
}

/** The conference with its route; `route: null` for the same conference without one. */
export function writtenOpinionContext(
  route: WrittenOpinionRoute | null = writtenRoute(),
  fields: Record<string, unknown> = {},
): DocumentContext {
  const base = electionContext(undefined, {
    attendance: attendance(100),
    presidium: { presidiumIds: [head.id, unionChair.id], secretaryIds: [secretary.id] },
    proceedings: {
      items: {},
      opinions: [],
      votes: [],
      ...(route ? { writtenOpinions: route } : {}),
    },
    ...fields,
  });
  return { ...base, today: '2026-02-03' };
}
