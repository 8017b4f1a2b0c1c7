import type { Conference } from '../domain/conference';
import { AppError } from '../domain/appError';
import type { Handlers } from './handlers';
import type { ServiceContext } from './serviceContext';

type ExportChannels =
  | 'export:folderInfo'
  | 'export:pickFolder'
  | 'export:check'
  | 'export:writeDocument'
  | 'export:openFolder';

/** The folder under the user's Documents that holds every conference's documents. */
export const EXPORT_ROOT_FOLDER = 'Hội nghị CBCCVC';

/**
 * Where a conference's documents go by default: one folder per year, and one per extraordinary
 * conference beside it — their files carry the same names as the regular conference's (the year is
 * in the name), so sharing a folder would make every export ask about clashes.
 */
export function defaultExportSubfolders(
  conference: Pick<Conference, 'year' | 'kind' | 'date'>,
): string[] {
  if (conference.kind !== 'extraordinary') return [EXPORT_ROOT_FOLDER, String(conference.year)];
  // dd-mm, not dd/mm: "/" and ":" are not allowed in Windows folder names.
  const day = conference.date
    ? ` ${conference.date.slice(8, 10)}-${conference.date.slice(5, 7)}`
    : '';
  return [EXPORT_ROOT_FOLDER, `${conference.year} bất thường${day}`];
}

/**
 * "Xuất ra thư mục": the documents written into a folder the user picks (desktop) or types (browser
 * mode), one per request so the screen shows real progress. A name already taken is never
 * overwritten silently — the screen asks first, then sends "overwrite" or "keepBoth" — and only a
 * folder this app has written to in this session may be opened in the file manager, so the channel
 * cannot be used to launch whatever a path points at.
 *
 * `buildDocuments` is the `documents:build` handler: a file exported is byte for byte the one
 * downloaded, with the same numbers, header settings and D3 option.
 */
export function exportHandlers(
  ctx: ServiceContext,
  buildDocuments: Handlers['documents:build'],
): Pick<Handlers, ExportChannels> {
  const { state, folders, documents, updateMain } = ctx;
  const exportedFolders = new Set<string>();

  const fileNameOf = (id: Parameters<typeof documents.fileName>[0], conference: Conference) => {
    const name = documents.fileName(id, conference.year);
    if (!name) {
      throw new AppError('INVALID_INPUT', `Văn bản chưa có trong phiên bản này: ${id}.`);
    }
    return name;
  };

  return {
    'export:folderInfo': ({ conferenceId }) => {
      const { conference } = state.getConference(conferenceId);
      const remembered = state.getMain().exportFolders?.[conferenceId];
      return {
        folder: remembered ?? folders.defaultFolder(defaultExportSubfolders(conference)),
        canPick: folders.pickFolder !== undefined,
      };
    },

    'export:pickFolder': async ({ startAt }) => {
      if (!folders.pickFolder) {
        throw new AppError(
          'INVALID_INPUT',
          'Chế độ trình duyệt không có hộp chọn thư mục: hãy gõ đường dẫn thư mục vào ô.',
        );
      }
      const picked = await folders.pickFolder(startAt ?? '');
      return { folder: picked ?? null };
    },

    'export:check': async ({ conferenceId, folder, ids }) => {
      const { conference } = state.getConference(conferenceId);
      const dir = folders.resolveFolder(folder);
      const names = ids.map((id) => fileNameOf(id, conference));
      const taken = new Set(await folders.existingNames(dir, names));
      return {
        folder: dir,
        files: ids.map((id, i) => {
          const fileName = names[i] ?? '';
          return { id, fileName, exists: taken.has(fileName) };
        }),
      };
    },

    'export:writeDocument': async ({ conferenceId, folder, id, perPerson, onExisting }) => {
      const dir = folders.resolveFolder(folder);
      const { files } = await buildDocuments({
        conferenceId,
        ids: [id],
        ...(perPerson !== undefined ? { perPerson } : {}),
      });
      const [file] = files;
      if (!file) throw new AppError('INVALID_INPUT', `Văn bản chưa có trong phiên bản này: ${id}.`);
      const fileName = await folders.writeFile(dir, file.fileName, file.base64, onExisting);
      exportedFolders.add(dir);
      if (state.getMain().exportFolders?.[conferenceId] !== dir) {
        updateMain((doc) => ({
          ...doc,
          exportFolders: { ...doc.exportFolders, [conferenceId]: dir },
        }));
      }
      return { id, fileName, folder: dir };
    },

    'export:openFolder': async ({ folder }) => {
      const dir = folders.resolveFolder(folder);
      if (!exportedFolders.has(dir)) {
        throw new AppError(
          'FORBIDDEN',
          'Chỉ mở được thư mục mà ứng dụng vừa xuất văn bản vào. Hãy xuất văn bản trước.',
        );
      }
      await folders.openFolder(dir);
      return { opened: true as const };
    },
  };
}
