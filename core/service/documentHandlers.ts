import { AppError } from '../domain/appError';
import { toIsoDate } from '../domain/dates';
import { ruleSet } from '../rules/ruleSets';
import type { DocumentContext } from '../documents/documentContext';
import type { Handlers } from './handlers';
import type { ServiceContext } from './serviceContext';

/** Official documents built from the conference's records, handed over as files (base64). */
export function documentHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'documents:list' | 'documents:build' | 'documents:buildZip'> {
  const { state, documents, clock } = ctx;

  const contextFor = (conferenceId: string): DocumentContext => {
    const main = state.getMain();
    return {
      unit: main.unit,
      people: main.people,
      conference: state.getConference(conferenceId).conference,
      rules: ruleSet(main.unit.ruleSetId),
      inspectionBoard: main.inspectionBoard,
      today: toIsoDate(clock.now()),
    };
  };

  const build = async (conferenceId: string, ids: readonly string[]) => {
    const available = new Set(documents.available().map((d) => d.id));
    const unknown = ids.filter((id) => !available.has(id as never));
    if (unknown.length > 0) {
      throw new AppError(
        'INVALID_INPUT',
        `Văn bản chưa có trong phiên bản này: ${unknown.join(', ')}.`,
      );
    }
    return documents.build(contextFor(conferenceId), ids as never);
  };

  return {
    'documents:list': () => documents.available(),
    'documents:build': async ({ conferenceId, ids }) => ({
      files: await build(conferenceId, ids),
    }),
    'documents:buildZip': async ({ conferenceId }) => {
      const { conference } = state.getConference(conferenceId);
      const files = await build(
        conferenceId,
        documents.available().map((d) => d.id),
      );
      return {
        fileName: `van-ban-hoi-nghi-${conference.year}.zip`,
        base64: await documents.zip(files),
      };
    },
  };
}
