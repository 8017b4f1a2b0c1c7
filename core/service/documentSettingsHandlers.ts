import type { Conference } from '../domain/conference';
import type { DocumentHeaderSettings } from '../domain/documentSettings';
import type { DocumentId } from '../documents/documentContext';
import {
  allPresetDefaults,
  defaultHeaderPreset,
  documentHeaderFor,
  documentHeaderParts,
  documentSettingToStore,
  numberTypeCodes,
} from '../documents/documentHeaderFor';
import { issuedNumbers } from '../documents/documentNumbering';
import { boardDocumentRecords } from '../documents/boardDocumentFacts';
import { normalizeDeep } from './normalizeDeep';
import type { Handlers } from './handlers';
import type { ServiceContext } from './serviceContext';

type DocumentSettingsChannels =
  'documentSettings:get' | 'documentSettings:save' | 'documentSettings:reset';

/**
 * The header of each document (R29): which preset it uses and the lines and signers the user
 * edited, stored with the conference. Reads answer with what prints now and what each preset gives,
 * so the screen can switch presets without asking again.
 */
export function documentSettingsHandlers(
  ctx: ServiceContext,
): Pick<Handlers, DocumentSettingsChannels> {
  const { state, updateConference } = ctx;

  const settingsOf = (conference: Conference, id: DocumentId): DocumentHeaderSettings => {
    const main = state.getMain();
    // D22: the number of the record the document prints by default (its latest).
    const numbers = issuedNumbers(
      main.documentRegister,
      conference.id,
      numberTypeCodes(conference),
      boardDocumentRecords(conference),
    );
    // The conference too: the minutes and the resolution are signed by its chair and secretary.
    const sources = { unit: main.unit, people: main.people, conference };
    const resolved = documentHeaderFor({ ...sources, numbers }, id);
    return {
      id,
      defaultPreset: defaultHeaderPreset(id),
      preset: resolved.preset,
      header: resolved.header,
      signatures: resolved.signatures,
      headerEdited: resolved.headerEdited,
      signaturesEdited: resolved.signaturesEdited,
      issuer: resolved.issuer,
      symbols: resolved.symbols,
      numberText: numbers[id] ?? null,
      parts: documentHeaderParts(id),
      presets: allPresetDefaults(sources, id),
    };
  };

  const store = (
    conferenceId: string,
    id: DocumentId,
    setting: Conference['documentSettings'][DocumentId],
  ) =>
    updateConference(conferenceId, (c) => {
      const documentSettings = { ...c.documentSettings };
      if (setting) documentSettings[id] = setting;
      else delete documentSettings[id];
      return { ...c, documentSettings };
    });

  return {
    'documentSettings:get': ({ conferenceId, id }) =>
      settingsOf(state.getConference(conferenceId).conference, id),

    'documentSettings:save': (input) => {
      const { conferenceId, id, ...choice } = normalizeDeep(input);
      const { conference } = state.getConference(conferenceId);
      const main = state.getMain();
      const sources = { unit: main.unit, people: main.people, conference };
      const setting = documentSettingToStore(sources, id, choice);
      return settingsOf(store(conferenceId, id, setting), id);
    },

    'documentSettings:reset': ({ conferenceId, id }) => {
      state.getConference(conferenceId);
      return settingsOf(store(conferenceId, id, undefined), id);
    },
  };
}
