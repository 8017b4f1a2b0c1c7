import { describe, expect, it } from 'vitest';
import { EditJournal, type JournalStorage } from '../../../renderer/src/state/editJournal';

/** localStorage's behaviour in memory (Node has none): keys in insertion order, strings only. */
class MemoryStorage implements JournalStorage {
  readonly data = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.data.set(key, String(value));
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const summary = (text: string) => ({
  conferenceId: 'c1',
  key: 'summary:i1',
  channel: 'proceedings:saveSummary' as const,
  input: { conferenceId: 'c1', itemId: 'i1', summary: text },
  label: 'Tóm tắt mục “Chào cờ”',
});
const AT = '2026-01-15T08:03:00.000Z';

describe('EditJournal: what the secretary typed stays on this computer until the service has it on disk', () => {
  it('keeps only the latest edit of each thing, one storage entry each, per conference', () => {
    const storage = new MemoryStorage();
    const journal = new EditJournal(storage, 's1', () => 1000);
    journal.record(summary('Đoàn'), AT);
    journal.record(summary('Đoàn Chủ tịch'), AT);
    journal.record({ ...summary('x'), conferenceId: 'c2' }, AT);
    expect(storage.data.size).toBe(2);
    const [entry] = journal.entries('c1');
    expect(entry).toMatchObject({ key: 'summary:i1', acked: false, session: 's1' });
    expect(entry?.input).toEqual({ conferenceId: 'c1', itemId: 'i1', summary: 'Đoàn Chủ tịch' });
    expect(journal.entries('c2')).toHaveLength(1);
  });

  it('an answer for an older edit does not release a newer one; files written release only what was answered before', () => {
    const journal = new EditJournal(new MemoryStorage(), 's1');
    const first = journal.record(summary('Đoàn'), AT);
    const second = journal.record(summary('Đoàn Chủ tịch'), AT);
    journal.acknowledge('c1', 'summary:i1', first);
    expect(journal.ackedSnapshot()).toEqual([]);
    journal.acknowledge('c1', 'summary:i1', second);
    const snapshot = journal.ackedSnapshot();
    expect(snapshot).toHaveLength(1);
    // Typed again after the snapshot was taken: the newer edit must survive the confirmation.
    journal.record(summary('Đoàn Chủ tịch gồm'), AT);
    journal.confirmDurable(snapshot);
    expect(journal.entries('c1').map((e) => e.input)).toEqual([
      { conferenceId: 'c1', itemId: 'i1', summary: 'Đoàn Chủ tịch gồm' },
    ]);
    const third = journal.entries('c1')[0]?.seq ?? 0;
    journal.acknowledge('c1', 'summary:i1', third);
    journal.confirmDurable(journal.ackedSnapshot());
    expect(journal.entries('c1')).toEqual([]);
  });

  it('after a crash a new session finds what the last one left, oldest first, and takes it over once resent', () => {
    const storage = new MemoryStorage();
    const before = new EditJournal(storage, 'crashed', () => 1000);
    before.record(summary('Đoàn Chủ tịch'), AT);
    before.record(
      {
        conferenceId: 'c1',
        key: 'opinion:o1',
        channel: 'proceedings:saveOpinion',
        input: { conferenceId: 'c1', opinion: { id: 'o1', speaker: { name: 'Bà Hoa' } } },
        label: 'Ý kiến của Bà Hoa',
      },
      AT,
    );
    const after = new EditJournal(storage, 'reopened', () => 2000);
    const left = after.leftBehind('c1');
    expect(left.map((e) => e.key)).toEqual(['summary:i1', 'opinion:o1']);
    after.adopt(left[0]!);
    expect(after.leftBehind('c1').map((e) => e.key)).toEqual(['opinion:o1']);
    // Numbers of the new session are above the old one's: an old answer never matches a new edit.
    expect(after.record(summary('Đoàn Chủ tịch gồm'), AT)).toBeGreaterThan(left[1]!.seq);
  });

  it('a deleted opinion is forgotten, so its unsent edits cannot bring it back', () => {
    const journal = new EditJournal(new MemoryStorage(), 's1');
    journal.record({ ...summary('x'), key: 'opinion:o1' }, AT);
    journal.forget('c1', 'opinion:o1');
    expect(journal.entries('c1')).toEqual([]);
  });

  it('a full or missing storage is reported, never thrown; unreadable entries are skipped', () => {
    const storage = new MemoryStorage();
    storage.data.set('hoinghi.journal.v1.c1.summary:i9', '{not json');
    storage.data.set('hoinghi.journal.v1.c1.summary:i8', JSON.stringify({ key: 'x' }));
    storage.data.set('other.key', 'kept');
    const journal = new EditJournal(storage, 's1');
    expect(journal.entries('c1')).toEqual([]);
    storage.failWrites = true;
    expect(() => journal.record(summary('Đoàn'), AT)).not.toThrow();
    expect(journal.available).toBe(false);
    storage.failWrites = false;
    journal.record(summary('Đoàn'), AT);
    expect(journal.available).toBe(true);
    expect(new EditJournal(undefined, 's2').available).toBe(false);
    expect(storage.data.get('other.key')).toBe('kept');
  });
});
