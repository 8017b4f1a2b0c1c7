import { defaultAgenda, defaultPresidium } from '../domain/agenda';
import { boardStatus } from '../domain/boardStatus';
import { defaultPreparationTasks } from '../domain/preparationPlan';
import { InspectionBoardSchema } from '../domain/workspace';
import { ruleSet } from '../rules/ruleSets';
import { normalizeDeep } from './normalizeDeep';
import type { Handlers } from './handlers';
import type { ServiceContext } from './serviceContext';

type PlanningChannels =
  'agenda:save' | 'agenda:reset' | 'preparation:save' | 'preparation:reset' | 'board:save';

/** The programme with its presidium and secretary, the preparation plan, and the sitting board. */
export function planningHandlers(ctx: ServiceContext): Pick<Handlers, PlanningChannels> {
  const { state, newId, updateMain, updateConference, requirePerson } = ctx;

  const statusFor = (conferenceId: string) => {
    const main = state.getMain();
    const { conference } = state.getConference(conferenceId);
    return {
      main,
      conference,
      board: boardStatus(
        main.inspectionBoard,
        conference,
        main.people,
        ruleSet(main.unit.ruleSetId),
      ),
    };
  };

  return {
    'agenda:save': ({ id, agenda, presidium }) => {
      const main = state.getMain();
      for (const personId of [...presidium.presidiumIds, ...presidium.secretaryIds])
        requirePerson(main, personId);
      return updateConference(id, (c) => ({ ...c, agenda: normalizeDeep(agenda), presidium }));
    },

    'agenda:reset': ({ id }) => {
      const { main, conference, board } = statusFor(id);
      const agenda = defaultAgenda({
        conference,
        people: main.people,
        electionDue: board.due,
        hasBoard: board.hasBoard,
        newId,
      });
      return updateConference(id, (c) => ({
        ...c,
        agenda,
        presidium: defaultPresidium(main.people),
      }));
    },

    'preparation:save': ({ id, tasks }) =>
      updateConference(id, (c) => ({ ...c, preparationTasks: normalizeDeep(tasks) })),

    'preparation:reset': ({ id }) => {
      const { main, conference, board } = statusFor(id);
      const preparationTasks = defaultPreparationTasks({
        conference,
        people: main.people,
        electionDue: board.due,
        hasBoard: board.hasBoard,
        newId,
      });
      return updateConference(id, (c) => ({ ...c, preparationTasks }));
    },

    'board:save': (input) => {
      const main = state.getMain();
      for (const personId of input.memberIds) requirePerson(main, personId);
      const inspectionBoard = InspectionBoardSchema.parse(input);
      updateMain((doc) => ({ ...doc, inspectionBoard }));
      return inspectionBoard;
    },
  };
}
