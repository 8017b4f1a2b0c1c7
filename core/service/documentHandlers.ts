import { AppError } from '../domain/appError';
import { vietnamDate } from '../domain/vietnamTime';
import { issueNumber } from '../domain/documentNumber';
import { ruleSet } from '../rules/ruleSets';
import type { DocumentContext } from '../documents/documentContext';
import { NUMBERED_DOCUMENTS, issuedNumbers, numberTypeCode } from '../documents/documentNumbering';
import {
  headerPresetFor,
  issuerAbbreviation,
  numberTypeCodes,
} from '../documents/documentHeaderFor';
import { documentSymbol, formatDocumentNumber } from '../domain/documentNumber';
import { wordingProblems } from '../documents/documentWording';
import { previewRows } from '../documents/documentPreview';
import type { Handlers } from './handlers';
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

  const contextFor = (conferenceId: string, perPerson = false): DocumentContext => {
    const main = state.getMain();
    const { conference } = state.getConference(conferenceId);
    return {
      unit: main.unit,
      people: main.people,
      conference,
      rules: ruleSet(main.unit.ruleSetId),
      inspectionBoard: main.inspectionBoard,
      today: vietnamDate(clock.now()),
      // Only numbers of the type the document has under its present header preset (R29).
      numbers: issuedNumbers(main.documentRegister, conferenceId, numberTypeCodes(conference)),
      wording: main.wording,
      holidays: main.holidays,
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
      const { conference } = state.getConference(conferenceId);
      const numbers = issuedNumbers(
        state.getMain().documentRegister,
        conferenceId,
        numberTypeCodes(conference),
      );
      // Only the documents of this conference: the election's once it holds one (appliesTo).
      return documents.available({ conference }).map((d) => ({
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
        documents.available({ conference }).map((d) => d.id),
      );
      return {
        fileName: `van-ban-hoi-nghi-${conference.year}.zip`,
        base64: await documents.zip(files),
      };
    },

    // A long list (D4, D13's annex) is previewed with its first rows and D12 with its first
    // ballots (documentPreview.ts); downloads stay whole.
    'documents:preview': async ({ conferenceId, id }) => {
      const full = contextFor(conferenceId);
      const cut = previewRows(full, id);
      const preview = cut
        ? { ...full, options: { ...full.options, previewRows: cut.limit } }
        : full;
      const [file] = await documents.build(preview, [id]);
      if (!file) throw new AppError('INVALID_INPUT', `Văn bản chưa có trong phiên bản này: ${id}.`);
      return { file, rows: cut ? { shown: cut.shown, total: cut.total, unit: cut.unit } : null };
    },

    // R25: numbers come from the unit's register, per calendar year and type, never issued twice.
    'documents:issueNumber': ({ conferenceId, id, override }) => {
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
      const issuedAt = nowIso();
      const result = issueNumber(main.documentRegister, {
        year: Number(vietnamDate(clock.now()).slice(0, 4)),
        typeCode,
        documentId: id,
        conferenceId,
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
