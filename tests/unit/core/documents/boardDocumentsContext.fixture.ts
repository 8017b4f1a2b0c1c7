/**
 * The Ban TTND's year of followUpContext (a year's programme, two inspections — one notified on
 * time, one too late — and two recommendations) with the board's first meeting recorded: Khúc
 * Quang Giang its head, Phan Minh Linh its deputy. `board` changes the board's records; the day of
 * generating is 20/07/2026.
 */
import type { BoardWork } from '../../../../core/domain/boardWork';
import type { DocumentContext } from '../../../../core/documents/documentContext';
import { byName } from './conferenceDayContext.fixture';
import { BOARD, followUpContext } from './followUpContext.fixture';

export const boardHead = byName('Khúc Quang Giang');
export const boardDeputy = byName('Phan Minh Linh');

export function boardDocumentsContext(
  board: (b: BoardWork) => BoardWork = (b) => b,
  fields: Partial<DocumentContext> = {},
): DocumentContext {
  const base = followUpContext();
  const election = base.conference.election;
  if (!election) throw new Error('followUpContext lost its election');
  return {
    ...base,
    conference: {
      ...base.conference,
      election: {
        ...election,
        firstMeeting: {
          ...election.firstMeeting,
          headId: boardHead.id,
          deputyIds: [boardDeputy.id],
        },
      },
      followUp: { ...base.conference.followUp, board: board(BOARD) },
    },
    ...fields,
  };
}
