import { AppError, refuseInput } from '../domain/appError';
import { boardStatus } from '../domain/boardStatus';
import { ConferenceSchema } from '../domain/conference';
import { formatDateVi } from '../domain/dates';
import { blankProgress, type Evidence, type FollowUp, type FollowUpItem } from '../domain/followUp';
import { followUpCalendarEvents } from '../domain/followUpCalendar';
import { applyItemChanges, checkOwner, contentLock } from '../domain/followUpEdit';
import { filterFollowUpItems } from '../domain/followUpFilter';
import { issueReview, saveReviewSummary, takeReview } from '../domain/followUpReview';
import { followUpSheet } from '../domain/followUpSheet';
import { TODO_DAYS, todoEntries } from '../domain/followUpTodo';
import type { FollowUpView } from '../domain/followUpView';
import { implementationReport } from '../domain/implementationReport';
import { nextYearConference } from '../domain/nextYearConference';
import type { Owner } from '../domain/resolution';
import { adoptedOn } from '../domain/resolutionStage';
import type { MainDoc } from '../domain/workspace';
import { CONFERENCE_SCHEMA_VERSION } from '../domain/workspace';
import { ruleSet } from '../rules/ruleSets';
import { followUpAccess } from './followUpAccess';
import type { Handlers } from './handlers';
import { normalizeDeep } from './normalizeDeep';
import type { ServiceContext } from './serviceContext';

type FollowUpChannels =
  | 'followUp:get'
  | 'followUp:addItem'
  | 'followUp:updateItem'
  | 'followUp:removeItem'
  | 'followUp:addNote'
  | 'followUp:removeNote'
  | 'followUp:addEvidence'
  | 'followUp:readEvidence'
  | 'followUp:removeEvidence'
  | 'followUp:takeReview'
  | 'followUp:saveReview'
  | 'followUp:issueReview'
  | 'followUp:todo'
  | 'followUp:exportCalendar'
  | 'followUp:exportSpreadsheet'
  | 'followUp:createNextYear'
  | 'followUp:report'
  | 'followUp:previousReport';

/** Per item: at most this many pieces of evidence (the stored schema's limit). */
const MAX_EVIDENCE = 100;

function replaceItem(followUp: FollowUp, item: FollowUpItem): FollowUp {
  return { ...followUp, items: followUp.items.map((i) => (i.id === item.id ? item : i)) };
}

/** Stored names of files a review snapshot still shows: those are never deleted. */
function frozenFiles(followUp: FollowUp): Set<string> {
  return new Set(
    followUp.reviews.flatMap((r) =>
      r.items.flatMap((i) => i.evidence.flatMap((e) => (e.kind === 'file' ? [e.storedName] : []))),
    ),
  );
}

/**
 * After the conference (issue 7): the follow-up list of the adopted resolution with notes and
 * evidence, the six-monthly reviews, the start screen's "Việc cần làm", the calendar and
 * spreadsheet exports, the reports next year drafts from, and "Tạo hội nghị năm sau". The Ban
 * TTND's year is in boardWorkHandlers.ts.
 */
export function followUpHandlers(ctx: ServiceContext): Pick<Handlers, FollowUpChannels> {
  const { state, storage, newId, nowIso, updateConference, requirePerson, refuseSecondRegular } =
    ctx;
  const access = followUpAccess(ctx);
  const { today, change, requireItem, synced, view, viewContext, previousOf } = access;

  const checkedOwner = (main: MainDoc, owner: Owner): Owner => {
    const clean = checkOwner(owner);
    if (clean.kind === 'person' && clean.personId) requirePerson(main, clean.personId);
    return clean;
  };

  /** Every conference that can be read, synced in memory (todo and calendar read, never write). */
  const allViews = (main: MainDoc): FollowUpView[] =>
    storage.listConferenceIds().flatMap((id) => {
      try {
        return [view(synced(id, main), main)];
      } catch {
        // A damaged conference file is reported by workspace:load; reminders go on without it.
        return [];
      }
    });

  const deleteFiles = async (conferenceId: string, names: readonly string[]) => {
    for (const name of names) {
      try {
        await ctx.attachments.remove(conferenceId, name);
      } catch {
        // The record is already gone; a file left behind costs space, never data.
      }
    }
  };

  return {
    'followUp:get': ({ conferenceId }) => {
      const main = state.getMain();
      const stored = state.getConference(conferenceId).conference;
      const conference = synced(conferenceId, main);
      // Adopted before this version, or the focal point changed: the stored file catches up.
      const saved =
        conference === stored ? stored : updateConference(conferenceId, () => conference);
      return view(saved, main);
    },

    'followUp:addItem': ({ conferenceId, item: input }) =>
      change(conferenceId, (followUp, _conference, main) => {
        const clean = normalizeDeep(input);
        const id = clean.id ?? newId();
        const existing = followUp.items.find((i) => i.id === id);
        // The same item saved again (a retried request): nothing to add.
        if (existing?.origin === 'manual') return followUp;
        if (existing) throw new AppError('CONFLICT', 'Mã nội dung theo dõi đã được dùng.');
        const at = nowIso();
        const item: FollowUpItem = {
          id,
          origin: 'manual',
          title: clean.title,
          ...(clean.section ? { section: clean.section } : {}),
          ...(clean.indicator?.trim() ? { indicator: clean.indicator.trim() } : {}),
          ...(clean.target !== undefined ? { target: clean.target } : {}),
          ...(clean.unitOfMeasure?.trim() ? { unitOfMeasure: clean.unitOfMeasure.trim() } : {}),
          ...(clean.owner ? { owner: checkedOwner(main, clean.owner) } : {}),
          ...(clean.deadline ? { deadline: clean.deadline } : {}),
          status: 'notStarted',
          ...blankProgress(at),
        };
        return { ...followUp, items: [...followUp.items, item] };
      }),

    'followUp:updateItem': ({ conferenceId, itemId, changes }) =>
      change(conferenceId, (followUp, _conference, main) => {
        const item = requireItem(followUp, itemId);
        const clean = normalizeDeep(changes);
        const owner = clean.owner ? checkedOwner(main, clean.owner) : clean.owner;
        const next = applyItemChanges(item, { ...clean, owner }, { today: today(), at: nowIso() });
        return next === item ? followUp : replaceItem(followUp, next);
      }),

    'followUp:removeItem': async ({ conferenceId, itemId }) => {
      let files: string[] = [];
      const result = change(conferenceId, (followUp) => {
        const item = requireItem(followUp, itemId);
        const locked = contentLock(item, 'remove');
        if (locked) throw new AppError('CONFLICT', locked);
        const frozen = frozenFiles(followUp);
        files = item.evidence.flatMap((e) =>
          e.kind === 'file' && !frozen.has(e.storedName) ? [e.storedName] : [],
        );
        const unlink = <T extends { followUpItemId?: string }>(record: T): T => {
          if (record.followUpItemId !== itemId) return record;
          const copy = { ...record };
          delete copy.followUpItemId;
          return copy;
        };
        return {
          ...followUp,
          items: followUp.items.filter((i) => i.id !== itemId),
          board: {
            ...followUp.board,
            inspections: followUp.board.inspections.map(unlink),
            programmes: followUp.board.programmes.map((p) => ({
              ...p,
              lines: p.lines.map(unlink),
            })),
          },
        };
      });
      await deleteFiles(conferenceId, files);
      return result;
    },

    'followUp:addNote': ({ conferenceId, itemId, note }) =>
      change(conferenceId, (followUp) => {
        const item = requireItem(followUp, itemId);
        const on = note.on ?? today();
        if (on > today()) refuseInput(`Ngày ghi chú (${formatDateVi(on)}) không được sau hôm nay.`);
        if (item.notes.length >= 500) refuseInput('Mỗi nội dung có tối đa 500 ghi chú tiến độ.');
        const at = nowIso();
        const notes = [...item.notes, { id: newId(), on, text: note.text.normalize('NFC'), at }];
        notes.sort((a, b) => a.on.localeCompare(b.on) || a.at.localeCompare(b.at));
        return replaceItem(followUp, { ...item, notes, updatedAt: at });
      }),

    'followUp:removeNote': ({ conferenceId, itemId, noteId }) =>
      change(conferenceId, (followUp) => {
        const item = requireItem(followUp, itemId);
        if (!item.notes.some((n) => n.id === noteId))
          throw new AppError('NOT_FOUND', 'Không tìm thấy ghi chú này.');
        return replaceItem(followUp, {
          ...item,
          notes: item.notes.filter((n) => n.id !== noteId),
          updatedAt: nowIso(),
        });
      }),

    'followUp:addEvidence': async ({ conferenceId, itemId, evidence: input }) => {
      const main = state.getMain();
      const current = requireItem(synced(conferenceId, main).followUp, itemId);
      if (current.evidence.length >= MAX_EVIDENCE)
        refuseInput(`Mỗi nội dung có tối đa ${MAX_EVIDENCE} minh chứng.`);
      const clean = normalizeDeep(input);
      const at = nowIso();
      let evidence: Evidence;
      if (clean.kind === 'file') {
        const stored = await ctx.attachments.save(conferenceId, clean.fileName, clean.base64);
        evidence = {
          kind: 'file',
          id: newId(),
          fileName: clean.fileName,
          storedName: stored.storedName,
          sizeBytes: stored.sizeBytes,
          note: clean.note.trim(),
          addedAt: at,
        };
      } else {
        evidence = {
          kind: 'document',
          id: newId(),
          documentNumber: clean.documentNumber,
          ...(clean.documentDate ? { documentDate: clean.documentDate } : {}),
          note: clean.note.trim(),
          addedAt: at,
        };
      }
      try {
        return change(conferenceId, (followUp) => {
          const item = requireItem(followUp, itemId);
          return replaceItem(followUp, {
            ...item,
            evidence: [...item.evidence, evidence],
            updatedAt: at,
          });
        });
      } catch (error) {
        // Not recorded: the file just written would be an orphan.
        if (evidence.kind === 'file') await deleteFiles(conferenceId, [evidence.storedName]);
        throw error;
      }
    },

    'followUp:readEvidence': async ({ conferenceId, itemId, evidenceId }) => {
      const followUp = state.getConference(conferenceId).conference.followUp;
      // The item as it is now, else as a review froze it (an issued report keeps its evidence).
      const candidates = [
        ...followUp.items.filter((i) => i.id === itemId),
        ...followUp.reviews.flatMap((r) => r.items.filter((i) => i.id === itemId)),
      ];
      const evidence = candidates.flatMap((i) => i.evidence).find((e) => e.id === evidenceId);
      if (!evidence) throw new AppError('NOT_FOUND', 'Không tìm thấy minh chứng này.');
      if (evidence.kind !== 'file')
        refuseInput(
          `Minh chứng này là văn bản số ${evidence.documentNumber}, không có tệp đính kèm.`,
        );
      const base64 = await ctx.attachments.read(conferenceId, evidence.storedName);
      return { fileName: evidence.fileName, base64 };
    },

    'followUp:removeEvidence': async ({ conferenceId, itemId, evidenceId }) => {
      let files: string[] = [];
      const result = change(conferenceId, (followUp) => {
        const item = requireItem(followUp, itemId);
        const evidence = item.evidence.find((e) => e.id === evidenceId);
        if (!evidence) throw new AppError('NOT_FOUND', 'Không tìm thấy minh chứng này.');
        if (evidence.kind === 'file' && !frozenFiles(followUp).has(evidence.storedName))
          files = [evidence.storedName];
        return replaceItem(followUp, {
          ...item,
          evidence: item.evidence.filter((e) => e.id !== evidenceId),
          updatedAt: nowIso(),
        });
      });
      await deleteFiles(conferenceId, files);
      return result;
    },

    'followUp:takeReview': ({ conferenceId, number, asOf }) =>
      change(conferenceId, (followUp, conference, main) => {
        const adopted = adoptedOn(conference.resolution);
        if (conference.resolution.stage !== 'adopted' || !adopted) {
          throw new AppError(
            'CONFLICT',
            'Nghị quyết chưa được thông qua: chưa có nội dung nào để kiểm tra, đánh giá.',
          );
        }
        const day = asOf ?? today();
        if (day > today())
          refuseInput(`Ngày chốt số liệu (${formatDateVi(day)}) không được sau hôm nay.`);
        if (day < adopted) {
          refuseInput(
            `Ngày chốt số liệu (${formatDateVi(day)}) không được trước ngày thông qua nghị quyết (${formatDateVi(adopted)}).`,
          );
        }
        return takeReview(followUp, { number, asOf: day, at: nowIso(), people: main.people });
      }),

    'followUp:saveReview': ({ conferenceId, number, summary }) =>
      change(conferenceId, (followUp) =>
        saveReviewSummary(followUp, { number, summary: summary.normalize('NFC') }),
      ),

    'followUp:issueReview': ({ conferenceId, number, notifiedOn, noticeNumber }) =>
      change(conferenceId, (followUp) => {
        if (notifiedOn > today())
          refuseInput(`Ngày thông báo (${formatDateVi(notifiedOn)}) không được sau hôm nay.`);
        return issueReview(followUp, {
          number,
          notifiedOn,
          noticeNumber: noticeNumber.normalize('NFC').trim(),
          at: nowIso(),
        });
      }),

    'followUp:todo': () => {
      const main = state.getMain();
      return { today: today(), days: TODO_DAYS, entries: todoEntries(allViews(main), today()) };
    },

    'followUp:exportCalendar': async ({ conferenceId }) => {
      const main = state.getMain();
      const views = conferenceId ? [view(synced(conferenceId, main), main)] : allViews(main);
      const events = followUpCalendarEvents(views);
      const single = conferenceId ? views[0] : undefined;
      const name = single ? `Theo dõi ${single.title}` : 'Theo dõi thực hiện nghị quyết';
      return {
        fileName: single ? `lich-theo-doi-${single.year}.ics` : 'lich-theo-doi.ics',
        text: await ctx.formats.calendar(events, name),
        events: events.length,
      };
    },

    'followUp:exportSpreadsheet': async ({ conferenceId, filter }) => {
      const main = state.getMain();
      const current = view(synced(conferenceId, main), main);
      const items = filter
        ? filterFollowUpItems(current.items, normalizeDeep(filter))
        : current.items;
      const table = followUpSheet(
        { title: current.title, unitName: main.unit.name, today: current.today },
        items,
      );
      return {
        fileName: `theo-doi-nghi-quyet-${current.year}.xlsx`,
        base64: await ctx.formats.workbook(table),
        rows: items.length,
      };
    },

    'followUp:createNextYear': ({ conferenceId, date, venue }) => {
      const main = state.getMain();
      const source = synced(conferenceId, main);
      const linked = source.followUp.nextConferenceId;
      if (linked && storage.listConferenceIds().includes(linked)) {
        throw new AppError(
          'CONFLICT',
          `Đã tạo hội nghị năm ${source.year + 1} từ hội nghị này: hãy mở hội nghị đó.`,
        );
      }
      const year = source.year + 1;
      if (date && !date.startsWith(`${year}-`))
        refuseInput(
          `Hội nghị năm ${year} phải họp trong năm ${year} (đã chọn ngày ${formatDateVi(date)}).`,
        );
      refuseSecondRegular({ year, kind: 'regular' }, undefined);
      const at = nowIso();
      const conference = ConferenceSchema.parse(
        nextYearConference(source, {
          id: newId(),
          at,
          newId,
          ...(date ? { date } : {}),
          ...(venue !== undefined ? { venue: venue.normalize('NFC').trim() } : {}),
        }),
      );
      state.setConference({ schemaVersion: CONFERENCE_SCHEMA_VERSION, conference });
      updateConference(conferenceId, () => ({
        ...source,
        followUp: { ...source.followUp, nextConferenceId: conference.id },
      }));
      const status = boardStatus(
        main.inspectionBoard,
        conference,
        main.people,
        ruleSet(main.unit.ruleSetId),
      );
      return {
        conference,
        carried: conference.followUp.items.length,
        electionDue: { due: status.due, reason: status.reason, source: status.source },
      };
    },

    'followUp:report': ({ conferenceId }) => {
      const main = state.getMain();
      return implementationReport(synced(conferenceId, main), viewContext(main));
    },

    'followUp:previousReport': ({ conferenceId }) => {
      const main = state.getMain();
      const previous = previousOf(state.getConference(conferenceId).conference);
      if (!previous) return { report: null };
      return { report: implementationReport(synced(previous.id, main), viewContext(main)) };
    },
  };
}
