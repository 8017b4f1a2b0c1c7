import { AppError } from '../domain/appError';
import { applyRosterImport, buildImportPreview, type ColumnMapping } from '../domain/rosterImport';
import type { Handlers } from './handlers';
import type { ServiceContext } from './serviceContext';

/** Roster import: read a spreadsheet into a grid, then apply the previewed import. */
export function rosterHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'roster:read' | 'roster:apply'> {
  const { storage, state, newId, updateMain } = ctx;
  return {
    'roster:read': async ({ fileName, base64 }) => {
      try {
        return { grid: await ctx.roster.readRosterGrid(base64, fileName) };
      } catch (error) {
        throw new AppError('IMPORT_FAILED', error instanceof Error ? error.message : String(error));
      }
    },

    'roster:apply': ({ grid, headerRow, mapping, goneAction }) => {
      const main = state.getMain();
      const columnMapping: ColumnMapping = Object.fromEntries(
        Object.entries(mapping).map(([k, v]) => [Number(k), v]),
      );
      const preview = buildImportPreview(grid, headerRow, columnMapping, main.people);
      if (preview.rows.length === 0) {
        throw new AppError(
          'IMPORT_FAILED',
          'Không có dòng hợp lệ nào để nhập.',
          preview.problems.map((p) => `Dòng ${p.row}: ${p.reason}`),
        );
      }
      storage.createBackup('Trước khi nhập danh sách cán bộ');
      const people = applyRosterImport(main.people, preview, { goneAction }, newId);
      updateMain((doc) => ({ ...doc, people }));
      return {
        people,
        added: preview.diff.added.length,
        changed: preview.diff.changed.length,
        deactivated: goneAction === 'deactivate' ? preview.diff.gone.length : 0,
        rejectedRows: new Set(
          preview.problems.filter((p) => p.severity === 'error').map((p) => p.row),
        ).size,
      };
    },
  };
}
