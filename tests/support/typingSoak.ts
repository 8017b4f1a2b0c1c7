import type { Channel, ChannelInput, ChannelOutput } from '../../core/contract';

/**
 * The edits of the durability soak (issue 6), shared by tests/unit/electron/node and
 * bench/typingDurability.bench.ts: the secretary typing a summary (one call per keystroke), an
 * opinion recorded now and then, and a counting team typing and correcting ballots. Edit `n` is a
 * pure function of `n`, so a restarted server can go on where the last acknowledged edit ended and
 * the checker knows what every acknowledged edit left.
 */
export type TypingEdit =
  | { kind: 'summary'; summary: string }
  | { kind: 'opinion'; content: string }
  | { kind: 'ballot'; serial: number; marks: number[] };

/** People in the hall: ballots are numbered 1..PRESENT and typed over and over (corrections). */
export const PRESENT = 9;

export function typingEdit(n: number): TypingEdit {
  if (n % 5 === 3) return { kind: 'opinion', content: `Ý kiến số ${n}: đề nghị bổ sung chỉ tiêu.` };
  if (n % 5 === 4) {
    const m = Math.floor(n / 5);
    return {
      kind: 'ballot',
      serial: (m % PRESENT) + 1,
      marks: [1 + (m % 5), 1 + ((m + 2) % 5)].sort((a, b) => a - b),
    };
  }
  return { kind: 'summary', summary: summaryAfter(n) };
}

/** The summary as typed up to edit `n`: one more word per keystroke-level save. */
function summaryAfter(n: number): string {
  return Array.from({ length: n + 1 }, (_, k) => `chữ${k}`).join(' ');
}

export type Call = <C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
) => Promise<ChannelOutput<C>>;

/** A roster of nine, a conference with its agenda, a set-up election with round 1 open for ballots. */
export async function seedTypingConference(
  call: Call,
): Promise<{ conferenceId: string; itemId: string }> {
  const names = [
    'Nguyễn Văn An',
    'Trần Thị Bình',
    'Lê Văn Cường',
    'Phạm Thị Dung',
    'Hoàng Văn Em',
    'Vũ Thị Giang',
    'Đỗ Văn Hải',
    'Bùi Thị Lan',
    'Phan Văn Minh',
  ];
  const ids: string[] = [];
  for (const [i, fullName] of names.entries()) {
    ids.push((await call('people:save', { fullName, roles: i === 0 ? ['head'] : [] })).id);
  }
  const { id } = await call('conference:create', { year: 2026, date: '2026-01-15' });
  const { agenda } = await call('agenda:reset', { id });
  const itemId = agenda[2]?.id;
  if (!itemId) throw new Error('the default agenda has fewer than three items');
  await call('election:saveSetup', {
    conferenceId: id,
    setup: {
      seats: 3,
      candidates: ids.slice(1, 6).map((personId) => ({ personId, consent: true })),
      countingBoard: { headId: ids[6], memberIds: ids.slice(6, 9), witnesses: [] },
    },
  });
  await call('election:startRound', {
    conferenceId: id,
    present: PRESENT,
    ballotsIssued: PRESENT,
    mode: 'ballots',
  });
  return { conferenceId: id, itemId };
}

export interface SavedTyping {
  summary: string;
  opinions: string[];
  ballots: Map<number, number[]>;
}

export async function readSavedTyping(
  call: Call,
  conferenceId: string,
  itemId: string,
): Promise<SavedTyping> {
  const { proceedings } = await call('proceedings:get', { conferenceId });
  const { election } = await call('election:get', { conferenceId });
  const pass = election?.rounds[0]?.passes.A ?? [];
  return {
    summary: proceedings.items[itemId]?.summary ?? '',
    opinions: proceedings.opinions.map((o) => o.content),
    ballots: new Map(pass.map((e) => [e.serial, [...e.marks].sort((a, b) => a - b)])),
  };
}

/**
 * Acknowledged edits the saved state does not hold. `acked` are the edits whose call answered;
 * the edit after the last of them may have been saved without its answer arriving (the kill came
 * in between), so its effect is allowed too.
 */
export function lostEdits(saved: SavedTyping, acked: ReadonlySet<number>): number[] {
  const last = Math.max(-1, ...acked);
  const lost: number[] = [];
  const words = saved.summary ? saved.summary.split(' ').length : 0;
  // A summary that is not what some keystroke sent counts as none at all.
  const summaryWords = words > 0 && saved.summary === summaryAfter(words - 1) ? words : 0;
  const latestBallot = new Map<number, number>();
  for (const n of [...acked].sort((a, b) => a - b)) {
    const edit = typingEdit(n);
    if (edit.kind === 'summary' && summaryWords < n + 1) lost.push(n);
    if (edit.kind === 'opinion' && !saved.opinions.includes(edit.content)) lost.push(n);
    if (edit.kind === 'ballot') latestBallot.set(edit.serial, n);
  }
  const unanswered = typingEdit(last + 1);
  for (const [serial, n] of latestBallot) {
    const marks = saved.ballots.get(serial)?.join(',');
    const edit = typingEdit(n);
    const expected = edit.kind === 'ballot' ? edit.marks.join(',') : '';
    const later =
      unanswered.kind === 'ballot' && unanswered.serial === serial
        ? unanswered.marks.join(',')
        : undefined;
    if (marks !== expected && marks !== later) lost.push(n);
  }
  return lost.sort((a, b) => a - b);
}
