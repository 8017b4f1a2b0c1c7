import { AppError } from '../domain/appError';
import { vietnamDate } from '../domain/vietnamTime';
import { issueNumber } from '../domain/documentNumber';
import { ruleSet } from '../rules/ruleSets';
import type { DocumentContext, DocumentId } from '../documents/documentContext';
import { NUMBERED_DOCUMENTS, issuedNumbers, numberTypeCode } from '../documents/documentNumbering';
import {
  headerPresetFor,
  issuerAbbreviation,
  numberTypeCodes,
} from '../documents/documentHeaderFor';
import { documentSymbol, formatDocumentNumber } from '../domain/documentNumber';
import { wordingProblems } from '../documents/documentWording';
import { previewRows } from '../documents/documentPreview';
import {
  boardDocumentRecords,
  boardRecordFor,
  boardRecordLabel,
  boardRecordRefusal,
  isBoardDocument,
  missingRecordMessage,
  typedBoardNumber,
} from '../documents/boardDocumentFacts';
import { documentProblems } from '../documents/documentProblems';
import type { MainDoc } from '../domain/workspace';
import { followUpAccess } from './followUpAccess';
import type { Handlers } from './handlers';
import { tracked } from '../documents/implementationFacts';
import type { ServiceContext } from './serviceContext';

type DocumentChannels =
  | 'documents:list'
  | 'documents:build'
  | 'documents:buildZip'
  | 'documents:preview'
  | 'documents:issueNumber'
  | 'wording:save';

/** Official documents built from the conference's records, their numbers, and their wording. */
export function documentHandlers(ctx: ServiceContext): Pick<Handlers, DocumentChannels> {
  const { state, documents, clock, updateMain, nowIso } = ctx;
  const followUp = followUpAccess(ctx);

  /** The conference, and last year's with its numbers: next year's D6 and D7 report on it. */
  const scopeOf = (conferenceId: string, main: MainDoc) => {
    const { conference } = state.getConference(conferenceId);
    // Last year is read (every conference listed, one synced) only when it is what D6/D7 report:
    // not on each build and preview of a conference that tracks its own year.
    const last = tracked(conference) ? undefined : followUp.previousOf(conference);
    if (!last) return { conference };
    const synced = followUp.synced(last.id, main);
    const numbers = issuedNumbers(main.documentRegister, last.id, numberTypeCodes(synced));
    return { conference, previous: { conference: synced, numbers } };
  };

  // `record`: the Ban TTND record a D22 document prints (boardDocumentFacts.ts), its latest
  // by default; its number is the one issued for that record.
  const contextFor = (
    conferenceId: string,
    perPerson = false,
    record?: string,
  ): DocumentContext => {
    const main = state.getMain();
    const { conference, previous } = scopeOf(conferenceId, main);
    return {
      unit: main.unit,
      people: main.people,
      conference,
      ...(previous ? { previous } : {}),
      rules: ruleSet(main.unit.ruleSetId),
      inspectionBoard: main.inspectionBoard,
      today: vietnamDate(clock.now()),
      // Only numbers of the type the document has under its present header preset (R29).
      numbers: issuedNumbers(
        main.documentRegister,
        conferenceId,
        numberTypeCodes(conference),
        boardDocumentRecords(conference, record),
      ),
      wording: main.wording,
      holidays: main.holidays,
      options: { perPerson, ...(record !== undefined ? { record } : {}) },
    };
  };

  /** A D22 document whose record is gone (or never was) is refused in words, never guessed. */
  const requireBoardRecords = (
    conferenceId: string,
    ids: readonly DocumentId[],
    record?: string,
  ) => {
    const { conference } = state.getConference(conferenceId);
    const refusal = boardRecordRefusal(conference, ids, record);
    if (refusal) throw new AppError('NOT_FOUND', refusal);
  };

  const build = async (
    conferenceId: string,
    ids: readonly string[],
    perPerson = false,
    record?: string,
  ) => {
    const available = new Set(documents.available().map((d) => d.id));
    const unknown = ids.filter((id) => !available.has(id as never));
    if (unknown.length > 0) {
      throw new AppError(
        'INVALID_INPUT',
        `Văn bản chưa có trong phiên bản này: ${unknown.join(', ')}.`,
      );
    }
    requireBoardRecords(conferenceId, ids as readonly DocumentId[], record);
    return documents.build(contextFor(conferenceId, perPerson, record), ids as never);
  };

  return {
    'documents:list': ({ conferenceId, record }) => {
      const scope = scopeOf(conferenceId, state.getMain());
      const { conference } = scope;
      const numbers = issuedNumbers(
        state.getMain().documentRegister,
        conferenceId,
        numberTypeCodes(conference),
        boardDocumentRecords(conference, record),
      );
      // Only the documents of this conference: the election's once it holds one (appliesTo).
      return documents.available(scope).map((d) => ({
        ...d,
        // D22: the number the board typed with the record prints until the register issues one.
        numberText: numbers[d.id] ?? typedBoardNumber(conference, d.id, record) ?? null,
        numbered: NUMBERED_DOCUMENTS[d.id] !== undefined,
        record: boardRecordLabel(conference, d.id, record) ?? null,
      }));
    },

    'documents:build': async ({ conferenceId, ids, perPerson, record }) => ({
      files: await build(conferenceId, ids, perPerson === true, record),
    }),

    'documents:buildZip': async ({ conferenceId }) => {
      const scope = scopeOf(conferenceId, state.getMain());
      const { conference } = scope;
      const files = await build(
        conferenceId,
        documents.available(scope).map((d) => d.id),
      );
      return {
        fileName: `van-ban-hoi-nghi-${conference.year}.zip`,
        base64: await documents.zip(files),
      };
    },

    // A long list (D4, D13's annex) is previewed with its first rows and D12 with its first
    // ballots (documentPreview.ts); downloads stay whole.
    'documents:preview': async ({ conferenceId, id, record }) => {
      requireBoardRecords(conferenceId, [id], record);
      const full = contextFor(conferenceId, false, record);
      const cut = previewRows(full, id);
      const preview = cut
        ? { ...full, options: { ...full.options, previewRows: cut.limit } }
        : full;
      const [file] = await documents.build(preview, [id]);
      if (!file) throw new AppError('INVALID_INPUT', `Văn bản chưa có trong phiên bản này: ${id}.`);
      return {
        file,
        rows: cut ? { shown: cut.shown, total: cut.total, unit: cut.unit } : null,
        problems: documentProblems(full, id),
      };
    },

    // R25: numbers come from the unit's register, per calendar year and type, never issued twice.
    'documents:issueNumber': ({ conferenceId, id, record, override }) => {
      const kind = NUMBERED_DOCUMENTS[id];
      if (!kind)
        throw new AppError(
          'INVALID_INPUT',
          `Văn bản ${id} không đánh số theo sổ đăng ký văn bản đi.`,
        );
      const { conference } = state.getConference(conferenceId);
      const main = state.getMain();
      // The type and the issuer follow the document's header preset (R29): "KHLT-CĐCS" for the
      // joint plan, "KH-GTVT" once it is made a unit document.
      const preset = headerPresetFor(conference, id);
      const typeCode = numberTypeCode(id, preset) ?? kind.typeCode;
      const issuer = issuerAbbreviation(main.unit, preset);
      if (!issuer) {
        throw new AppError(
          'INVALID_INPUT',
          preset === 'unit'
            ? `Chưa có chữ viết tắt tên đơn vị để ghi ký hiệu (ví dụ ${typeCode}-GTVT): nhập ở mục Thông tin đơn vị trước khi cấp số.`
            : `Chưa có chữ viết tắt tên công đoàn để ghi ký hiệu (ví dụ ${typeCode}-CĐCS): nhập ở mục Thông tin đơn vị trước khi cấp số.`,
        );
      }
      // D22: one number per record of the board's year, the record the document prints.
      const recordId = isBoardDocument(id) ? boardRecordFor(conference, id, record) : undefined;
      if (isBoardDocument(id) && recordId === undefined)
        throw new AppError('NOT_FOUND', missingRecordMessage(id, record));
      const issuedAt = nowIso();
      const result = issueNumber(main.documentRegister, {
        year: Number(vietnamDate(clock.now()).slice(0, 4)),
        typeCode,
        documentId: id,
        conferenceId,
        ...(recordId !== undefined ? { recordId } : {}),
        symbol: documentSymbol(typeCode, issuer),
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
