import { AppError, refuseInput } from '../domain/appError';
import { periodLabel } from '../domain/boardPeriods';
import { draftBoardProgramme } from '../domain/boardProgrammeDraft';
import {
  PROGRAMME_PERIODS,
  type BoardProgramme,
  type ProgrammePeriodKind,
  type BoardReport,
  type BoardWork,
  type Inspection,
  type Recommendation,
} from '../domain/boardWork';
import { formatDateVi } from '../domain/dates';
import type { FollowUp } from '../domain/followUp';
import { REPORT_PERIOD_LABELS } from '../domain/glossary';
import { followUpAccess } from './followUpAccess';
import type { Handlers } from './handlers';
import { normalizeDeep } from './normalizeDeep';
import type { ServiceContext } from './serviceContext';

type BoardWorkChannels =
  | 'boardWork:draftProgramme'
  | 'boardWork:saveProgramme'
  | 'boardWork:removeProgramme'
  | 'boardWork:saveInspection'
  | 'boardWork:removeInspection'
  | 'boardWork:saveRecommendation'
  | 'boardWork:removeRecommendation'
  | 'boardWork:saveReport'
  | 'boardWork:removeReport';

/** A record saved in place when its id is known, appended otherwise. */
function upsert<T extends { id: string }>(list: readonly T[], record: T): T[] {
  return list.some((r) => r.id === record.id)
    ? list.map((r) => (r.id === record.id ? record : r))
    : [...list, record];
}

function removeById<T extends { id: string }>(list: readonly T[], id: string, what: string): T[] {
  if (!list.some((r) => r.id === id))
    throw new AppError('NOT_FOUND', `Không tìm thấy ${what} này.`);
  return list.filter((r) => r.id !== id);
}

const periodOrder = (p: BoardProgramme['period']) =>
  PROGRAMME_PERIODS.indexOf(p.kind) * 10 + p.number;

/** The report periods of a year (Nghị định 59/2023/NĐ-CP Điều 22.3): each is reported once. */
const PERIOD_COUNT: Record<ProgrammePeriodKind, number> = { quarter: 4, half: 2, year: 1 };

const isYearPeriod = (kind: BoardReport['period']['kind']): kind is ProgrammePeriodKind =>
  (PROGRAMME_PERIODS as readonly string[]).includes(kind);

/**
 * The Ban TTND's year (R22): work programmes per quarter, six months and year drafted from the
 * resolution, inspections with their notice and written result, recommendations to the head with
 * the answer, and reports to the union executive. The checks against the clocks are computed in
 * the view (boardWorkView.ts); here only what can never be true is refused.
 */
export function boardWorkHandlers(ctx: ServiceContext): Pick<Handlers, BoardWorkChannels> {
  const { newId } = ctx;
  const { change, synced, today } = followUpAccess(ctx);

  const withBoard = (followUp: FollowUp, board: Partial<BoardWork>): FollowUp => ({
    ...followUp,
    board: { ...followUp.board, ...board },
  });

  const requireLinkedItem = (followUp: FollowUp, itemId: string | undefined) => {
    if (itemId && !followUp.items.some((i) => i.id === itemId))
      throw new AppError('NOT_FOUND', 'Không tìm thấy nội dung theo dõi được liên kết.');
  };

  return {
    'boardWork:draftProgramme': ({ conferenceId, period }) => {
      const conference = synced(conferenceId, ctx.state.getMain());
      return draftBoardProgramme(conference.followUp, {
        id: newId(),
        period,
        year: conference.year,
        newId,
      });
    },

    'boardWork:saveProgramme': ({ conferenceId, programme: input }) =>
      change(conferenceId, (followUp, conference) => {
        const clean = normalizeDeep(input);
        const id = clean.id ?? newId();
        const clash = followUp.board.programmes.find(
          (p) =>
            p.id !== id &&
            p.period.kind === clean.period.kind &&
            p.period.number === clean.period.number,
        );
        if (clash) {
          throw new AppError(
            'CONFLICT',
            `Đã có chương trình công tác ${periodLabel(clean.period, conference.year)}: hãy sửa chương trình đó.`,
          );
        }
        for (const line of clean.lines) requireLinkedItem(followUp, line.followUpItemId);
        const programme: BoardProgramme = {
          ...clean,
          id,
          lines: clean.lines.map((line) => ({ ...line, id: line.id ?? newId() })),
        };
        const programmes = upsert(followUp.board.programmes, programme).sort(
          (a, b) => periodOrder(a.period) - periodOrder(b.period),
        );
        return withBoard(followUp, { programmes });
      }),

    'boardWork:removeProgramme': ({ conferenceId, id }) =>
      change(conferenceId, (followUp) =>
        withBoard(followUp, {
          programmes: removeById(followUp.board.programmes, id, 'chương trình công tác'),
        }),
      ),

    'boardWork:saveInspection': ({ conferenceId, inspection: input }) =>
      change(conferenceId, (followUp) => {
        const clean = normalizeDeep(input);
        if (clean.notifiedOn && clean.notifiedOn > clean.plannedOn) {
          refuseInput(
            `Ngày thông báo cho đối tượng kiểm tra (${formatDateVi(clean.notifiedOn)}) không được sau ngày kiểm tra (${formatDateVi(clean.plannedOn)}).`,
          );
        }
        if (clean.resultOn && clean.resultOn < clean.plannedOn) {
          refuseInput(
            `Ngày có kết quả kiểm tra (${formatDateVi(clean.resultOn)}) không được trước ngày kiểm tra (${formatDateVi(clean.plannedOn)}).`,
          );
        }
        requireLinkedItem(followUp, clean.followUpItemId);
        const inspection: Inspection = { ...clean, id: clean.id ?? newId() };
        return withBoard(followUp, {
          inspections: upsert(followUp.board.inspections, inspection),
        });
      }),

    'boardWork:removeInspection': ({ conferenceId, id }) =>
      change(conferenceId, (followUp) =>
        withBoard(followUp, {
          inspections: removeById(followUp.board.inspections, id, 'cuộc kiểm tra'),
          // A recommendation outlives the inspection it came from; only the link goes.
          recommendations: followUp.board.recommendations.map((r) => {
            if (r.inspectionId !== id) return r;
            const copy = { ...r };
            delete copy.inspectionId;
            return copy;
          }),
        }),
      ),

    'boardWork:saveRecommendation': ({ conferenceId, recommendation: input }) =>
      change(conferenceId, (followUp) => {
        const clean = normalizeDeep(input);
        if (clean.answeredOn && clean.answeredOn < clean.receivedOn) {
          refuseInput(
            `Ngày trả lời (${formatDateVi(clean.answeredOn)}) không được trước ngày nhận kiến nghị (${formatDateVi(clean.receivedOn)}).`,
          );
        }
        if (clean.answeredOn && clean.answeredOn > today())
          refuseInput(`Ngày trả lời (${formatDateVi(clean.answeredOn)}) không được sau hôm nay.`);
        if (
          clean.inspectionId &&
          !followUp.board.inspections.some((i) => i.id === clean.inspectionId)
        )
          throw new AppError('NOT_FOUND', 'Không tìm thấy cuộc kiểm tra được liên kết.');
        const recommendation: Recommendation = { ...clean, id: clean.id ?? newId() };
        return withBoard(followUp, {
          recommendations: upsert(followUp.board.recommendations, recommendation),
        });
      }),

    'boardWork:removeRecommendation': ({ conferenceId, id }) =>
      change(conferenceId, (followUp) =>
        withBoard(followUp, {
          recommendations: removeById(followUp.board.recommendations, id, 'kiến nghị'),
        }),
      ),

    'boardWork:saveReport': ({ conferenceId, report: input }) =>
      change(conferenceId, (followUp, conference) => {
        const clean = normalizeDeep(input);
        const id = clean.id ?? newId();
        const { kind, number } = clean.period;
        if (isYearPeriod(kind)) {
          if (number > PERIOD_COUNT[kind])
            refuseInput(
              `Kỳ báo cáo không hợp lệ: ${REPORT_PERIOD_LABELS[kind].toLowerCase()} ${number}.`,
            );
          const clash = followUp.board.reports.find(
            (r) => r.id !== id && r.period.kind === kind && r.period.number === number,
          );
          if (clash) {
            throw new AppError(
              'CONFLICT',
              `Đã có báo cáo ${periodLabel({ kind, number }, conference.year)}: hãy sửa báo cáo đó.`,
            );
          }
        }
        if (clean.submittedOn && clean.submittedOn > today())
          refuseInput(
            `Ngày gửi báo cáo (${formatDateVi(clean.submittedOn)}) không được sau hôm nay.`,
          );
        const report: BoardReport = { ...clean, id };
        return withBoard(followUp, { reports: upsert(followUp.board.reports, report) });
      }),

    'boardWork:removeReport': ({ conferenceId, id }) =>
      change(conferenceId, (followUp) =>
        withBoard(followUp, { reports: removeById(followUp.board.reports, id, 'báo cáo') }),
      ),
  };
}
