/**
 * R7 — the programme must hold the steps a–i of Luật 10/2022/QH15 Điều 51.4 in that relative
 * order; ceremonial items may sit around them; adopting the resolution (51.4.i) is the last
 * substantive item. Every message names the item and says what to do.
 */
import type { AgendaItem } from './agenda';
import {
  AGENDA_KIND_INFO,
  MAX_ITEM_MINUTES,
  PRESENTER_ROLE_LABELS,
  STATUTORY_STEPS,
  statutoryRank,
  type AgendaKind,
} from './agendaKinds';
import {
  ELECTION_SOURCE,
  finding,
  orderFindings,
  stepName,
  titleOf,
  type AgendaFinding,
} from './agendaOrder';
import type { Conference } from './conference';

export interface AgendaContext {
  electionDue: boolean;
  hasBoard: boolean;
  form: Conference['form'];
}

export type { AgendaFinding } from './agendaOrder';

const PRACTICE_SOURCE = AGENDA_KIND_INFO.credentials.source;

/** Each step a–i must be there (Điều 51.4); đ only with a board (Điều 62.3), e when needed. */
function missingFindings(items: readonly AgendaItem[], ctx: AgendaContext): AgendaFinding[] {
  const has = (kind: AgendaKind) => items.some((i) => i.kind === kind);
  const out: AgendaFinding[] = [];
  for (const step of STATUTORY_STEPS) {
    const missing = `Thiếu bước ${step.letter} (Điều 51.4): ${step.text}.`;
    if (step.letter === 'đ') {
      if (ctx.hasBoard && !has('boardReport')) out.push(finding('error', missing));
    } else if (step.letter === 'e') {
      // The election is itself a matter of Điều 49: an agenda with only the election has step e.
      if (has('decisions') || has('boardElection')) continue;
      if (ctx.electionDue) {
        out.push(
          finding(
            'error',
            `${missing} Năm nay đến kỳ bầu Ban Thanh tra nhân dân: hãy thêm bước e, trong đó có mục bầu, trước bước g.`,
          ),
        );
      } else {
        out.push(
          finding(
            'warning',
            `Chưa có bước e (Điều 51.4): ${step.text}. Nếu năm nay hội nghị có nội dung cần quyết định (ví dụ các khoản đóng góp ngoài quy định), hãy thêm bước này trước bước g.`,
          ),
        );
      }
    } else if (!has(step.kind)) {
      out.push(finding('error', missing));
    }
  }
  if (ctx.electionDue && has('decisions') && !has('boardElection')) {
    out.push(
      finding(
        'error',
        'Đến kỳ bầu Ban Thanh tra nhân dân (Điều 60.3) nhưng chương trình chưa có mục “Bầu Ban Thanh tra nhân dân”: hãy thêm mục này trong hoặc ngay sau bước e.',
        undefined,
        ELECTION_SOURCE,
      ),
    );
  }
  return out;
}

/** Each step of Điều 51.4 happens once; a second item is a copy-paste slip or a split step. */
function duplicateFindings(items: readonly AgendaItem[]): AgendaFinding[] {
  const out: AgendaFinding[] = [];
  const ranked = [...STATUTORY_STEPS.map((s) => s.kind), 'boardElection' as const];
  for (const kind of ranked) {
    const positions = items.flatMap((item, index) => (item.kind === kind ? [index + 1] : []));
    if (positions.length < 2) continue;
    const where = `${positions.length} mục trong chương trình (mục ${positions.join(', ')})`;
    const second = items[(positions[1] ?? 1) - 1]?.id;
    out.push(
      kind === 'boardElection'
        ? finding(
            'warning',
            `Mục bầu Ban Thanh tra nhân dân có ${where}: các vòng bầu (kể cả bầu lại) nên ghi trong cùng một mục.`,
            second,
            ELECTION_SOURCE,
          )
        : finding(
            'error',
            `${capitalise(stepName(kind))} có ${where}: mỗi bước của Điều 51.4 chỉ có một mục — hãy gộp lại hoặc đổi mục thừa thành “Nội dung khác”.`,
            second,
          ),
    );
  }
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Điều 51.4.i: the resolution closes the substance; only the closing should follow it. */
function tailFindings(items: readonly AgendaItem[]): AgendaFinding[] {
  const out: AgendaFinding[] = [];
  const resolutionAt = items.findIndex((i) => i.kind === 'resolution');
  const closingAt = items.findIndex((i) => i.kind === 'closing');
  if (resolutionAt >= 0) {
    items.forEach((item, index) => {
      const afterClosing = closingAt >= 0 && index > closingAt;
      if (index <= resolutionAt || afterClosing || item.kind === 'closing') return;
      if (statutoryRank(item.kind) !== undefined) return; // reported as an order error
      out.push(
        finding(
          'warning',
          `Mục ${index + 1} “${titleOf(item)}” đứng sau “Thông qua nghị quyết”: thông qua nghị quyết là nội dung cuối cùng của hội nghị (Điều 51.4.i), chỉ nên để “Bế mạc” sau mục này — nếu nội dung cần đưa vào nghị quyết, hãy chuyển lên trước.`,
          item.id,
        ),
      );
    });
  }
  if (closingAt >= 0) {
    const after = items.slice(closingAt + 1).filter((i) => i.kind !== 'closing');
    if (after.length > 0) {
      out.push(
        finding(
          'warning',
          `“Bế mạc” (mục ${closingAt + 1}) chưa phải mục cuối: còn ${after.length} mục đứng sau (${after.map((i) => `“${titleOf(i)}”`).join(', ')}). Hãy chuyển “Bế mạc” xuống cuối chương trình.`,
          items[closingAt]?.id,
        ),
      );
    }
  }
  return out;
}

/** Per item: a printable title, a sensible duration, someone to present each statutory step. */
function itemFindings(items: readonly AgendaItem[]): AgendaFinding[] {
  const out: AgendaFinding[] = [];
  items.forEach((item, index) => {
    const n = index + 1;
    const info = AGENDA_KIND_INFO[item.kind];
    if (!item.title.trim()) {
      out.push(
        finding(
          'error',
          `Mục ${n} chưa có tiêu đề (loại: ${info.title}): hãy nhập tiêu đề sẽ in trong chương trình.`,
          item.id,
        ),
      );
    }
    const d = item.durationMinutes;
    if (!Number.isInteger(d) || d < 1 || d > MAX_ITEM_MINUTES) {
      out.push(
        finding(
          'error',
          `Mục ${n} “${titleOf(item)}”: thời lượng ${d} phút không hợp lệ — phải là số phút nguyên từ 1 đến ${MAX_ITEM_MINUTES}.`,
          item.id,
        ),
      );
    }
    const p = item.presenter;
    const hasPresenter = Boolean(p.personId || p.guestId || p.name?.trim());
    if (!hasPresenter && statutoryRank(item.kind) !== undefined) {
      const usual = info.presenterRole
        ? ` (thường là ${PRESENTER_ROLE_LABELS[info.presenterRole]})`
        : '';
      const what = info.letter ? `Bước ${info.letter}` : `Mục ${n}`;
      out.push(
        finding(
          'warning',
          `${what} “${titleOf(item)}” chưa có người trình bày hoặc điều hành${usual}.`,
          item.id,
        ),
      );
    }
  });
  return out;
}

/** Items that do not fit this conference: no board, no election due, a full assembly. */
function contextFindings(items: readonly AgendaItem[], ctx: AgendaContext): AgendaFinding[] {
  const out: AgendaFinding[] = [];
  const first = (kind: AgendaKind) => items.find((i) => i.kind === kind);
  const boardReport = first('boardReport');
  if (boardReport && !ctx.hasBoard) {
    out.push(
      finding(
        'warning',
        `Đơn vị chưa ghi nhận Ban Thanh tra nhân dân nhưng chương trình có bước đ (${titleOf(boardReport)}): hãy bỏ mục này, hoặc ghi nhận Ban Thanh tra nhân dân hiện có.`,
        boardReport.id,
      ),
    );
  }
  const election = first('boardElection');
  if (election && !ctx.electionDue) {
    out.push(
      finding(
        'info',
        'Chưa đến kỳ bầu Ban Thanh tra nhân dân (Điều 60.3): chỉ giữ mục bầu nếu hội nghị bầu bổ sung, thay thế thành viên.',
        election.id,
        ELECTION_SOURCE,
      ),
    );
  }
  const credentials = first('credentials');
  if (credentials && ctx.form === 'full') {
    out.push(
      finding(
        'warning',
        `“${titleOf(credentials)}” chỉ dùng cho hội nghị đại biểu; hội nghị này là hội nghị toàn thể — hãy bỏ mục này.`,
        credentials.id,
        PRACTICE_SOURCE,
      ),
    );
  } else if (!credentials && ctx.form === 'delegates') {
    out.push(
      finding(
        'info',
        'Hội nghị đại biểu thường có “Báo cáo thẩm tra tư cách đại biểu” trước phát biểu khai mạc (thực tiễn, không bắt buộc).',
        undefined,
        PRACTICE_SOURCE,
      ),
    );
  }
  return out;
}

/** R7 findings, most serious first: missing steps, order, duplicates, tail, items, context. */
export function validateAgenda(items: readonly AgendaItem[], ctx: AgendaContext): AgendaFinding[] {
  return [
    ...missingFindings(items, ctx),
    ...orderFindings(items),
    ...duplicateFindings(items),
    ...tailFindings(items),
    ...itemFindings(items),
    ...contextFindings(items, ctx),
  ];
}
