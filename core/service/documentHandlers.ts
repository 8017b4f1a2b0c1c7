import { AppError } from '../domain/appError';
import { toIsoDate } from '../domain/dates';
import { issueNumber } from '../domain/documentNumber';
import { ruleSet } from '../rules/ruleSets';
import type { DocumentContext } from '../documents/documentContext';
import {
  ISSUER_ABBREVIATION,
  NUMBERED_DOCUMENTS,
  issuedNumbers,
} from '../documents/documentNumbering';
import { documentSymbol, formatDocumentNumber } from '../domain/documentNumber';
import { wordingProblems } from '../documents/documentWording';
import type { Handlers } from './handlers';
import type { ServiceContext } from './serviceContext';

type DocumentChannels =
  | 'documents:list'
  | 'documents:build'
  | 'documents:buildZip'
  | 'documents:issueNumber'
  | 'wording:save';

/** Official documents built from the conference's records, their numbers, and their wording. */
export function documentHandlers(ctx: ServiceContext): Pick<Handlers, DocumentChannels> {
  const { state, documents, clock, updateMain, nowIso } = ctx;

  const contextFor = (conferenceId: string, perPerson = false): DocumentContext => {
    const main = state.getMain();
    return {
      unit: main.unit,
      people: main.people,
      conference: state.getConference(conferenceId).conference,
      rules: ruleSet(main.unit.ruleSetId),
      inspectionBoard: main.inspectionBoard,
      today: toIsoDate(clock.now()),
      numbers: issuedNumbers(main.documentRegister, conferenceId),
      wording: main.wording,
      options: { perPerson },
    };
  };

  const build = async (conferenceId: string, ids: readonly string[], perPerson = false) => {
    const available = new Set(documents.available().map((d) => d.id));
    const unknown = ids.filter((id) => !available.has(id as never));
    if (unknown.length > 0) {
      throw new AppError(
        'INVALID_INPUT',
        `Văn bản chưa có trong phiên bản này: ${unknown.join(', ')}.`,
      );
    }
    return documents.build(contextFor(conferenceId, perPerson), ids as never);
  };

  return {
    'documents:list': ({ conferenceId }) => {
      state.getConference(conferenceId);
      const numbers = issuedNumbers(state.getMain().documentRegister, conferenceId);
      return documents.available().map((d) => ({
        ...d,
        numberText: numbers[d.id] ?? null,
        numbered: NUMBERED_DOCUMENTS[d.id] !== undefined,
      }));
    },

    'documents:build': async ({ conferenceId, ids, perPerson }) => ({
      files: await build(conferenceId, ids, perPerson === true),
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

    // R25: numbers come from the unit's register, per calendar year and type, never issued twice.
    'documents:issueNumber': ({ conferenceId, id, override }) => {
      const kind = NUMBERED_DOCUMENTS[id];
      if (!kind)
        throw new AppError(
          'INVALID_INPUT',
          `Văn bản ${id} không đánh số theo sổ đăng ký văn bản đi.`,
        );
      state.getConference(conferenceId);
      const main = state.getMain();
      const issuedAt = nowIso();
      const result = issueNumber(main.documentRegister, {
        year: Number(toIsoDate(clock.now()).slice(0, 4)),
        typeCode: kind.typeCode,
        documentId: id,
        conferenceId,
        symbol: documentSymbol(kind.typeCode, ISSUER_ABBREVIATION),
        ...(override !== undefined ? { override } : {}),
        issuedAt,
      });
      if (!result.ok)
        throw new AppError(result.error.code, result.error.message, result.error.issues);
      updateMain((doc) => ({ ...doc, documentRegister: result.data.register }));
      return { numberText: formatDocumentNumber(result.data.entry) };
    },

    'wording:save': (overrides) => {
      const problems = wordingProblems(overrides);
      if (problems.length > 0)
        throw new AppError('INVALID_INPUT', 'Có mẫu câu không đúng dạng.', problems);
      updateMain((doc) => ({ ...doc, wording: overrides }));
      return overrides;
    },
  };
}
