import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyJsonPatch, diffJson } from '../../../../electron/node/diffJson';

/** Through JSON, as a journal line goes (and -0 becomes 0). */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('diffJson: what a journal line carries', () => {
  const base = {
    schemaVersion: 1,
    conference: {
      updatedAt: '2026-01-15T08:00:00Z',
      attendance: Object.fromEntries(
        Array.from({ length: 2400 }, (_, i) => [`p${i}`, { status: 'present' }]),
      ),
      proceedings: { items: { a: { summary: 'Khai' }, b: { summary: '' } }, opinions: [] },
    },
  };

  it('a keystroke is the changed summary and the time, not the 2,400 check-ins beside them', () => {
    const next = {
      ...base,
      conference: {
        ...base.conference,
        updatedAt: '2026-01-15T08:00:01Z',
        proceedings: {
          ...base.conference.proceedings,
          items: { ...base.conference.proceedings.items, a: { summary: 'Khai mạc' } },
        },
      },
    };
    expect(diffJson(base, next)).toEqual([
      { op: 'set', path: ['conference', 'updatedAt'], value: '2026-01-15T08:00:01Z' },
      {
        op: 'set',
        path: ['conference', 'proceedings', 'items', 'a', 'summary'],
        value: 'Khai mạc',
      },
    ]);
  });

  it('an appended ballot or log entry is sent alone, even when the array was rebuilt', () => {
    const before = { audit: [{ n: 1 }, { n: 2 }] };
    const after = { audit: [{ n: 1 }, { n: 2 }, { n: 3 }] };
    expect(diffJson(before, after)).toEqual([
      { op: 'tail', path: ['audit'], from: 2, items: [{ n: 3 }] },
    ]);
    expect(diffJson({ audit: [1, 2, 3] }, { audit: [1, 3] })).toEqual([
      { op: 'tail', path: ['audit'], from: 1, items: [3] },
    ]);
  });

  it('an unset property is deleted, as JSON would drop it', () => {
    expect(diffJson({ a: 1, b: 2 }, { a: 1, b: undefined })).toEqual([
      { op: 'delete', path: ['b'] },
    ]);
    expect(applyJsonPatch({ a: 1, b: 2 }, [{ op: 'delete', path: ['b'] }])).toEqual({ a: 1 });
  });

  it('keeps a key named __proto__ an ordinary key and refuses a path that is not there', () => {
    const doc = JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>;
    const patched = applyJsonPatch(doc, [{ op: 'set', path: ['__proto__', 'x'], value: 2 }]);
    expect(JSON.stringify(patched)).toBe('{"__proto__":{"x":2}}');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    const withProto = JSON.parse('{"__proto__": false}') as unknown;
    expect(diffJson(withProto, {})).toEqual([{ op: 'delete', path: ['__proto__'] }]);
    const fresh = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    expect(JSON.stringify(applyJsonPatch({}, diffJson({}, fresh)))).toBe('{"__proto__":{"x":1}}');
    expect(() => applyJsonPatch({}, [{ op: 'set', path: ['missing', 'x'], value: 1 }])).toThrow();
    expect(() =>
      applyJsonPatch({ a: [1] }, [{ op: 'tail', path: ['a'], from: 3, items: [] }]),
    ).toThrow();
  });

  it('applied to a copy of the old document, gives the new one (any two JSON documents)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), (a, b) => {
        const replayed = applyJsonPatch(copy(a), copy(diffJson(a, b)));
        expect(copy(replayed)).toEqual(copy(b));
      }),
      { numRuns: 1000 },
    );
  });

  it('applied twice, changes nothing more (a journal replayed over a file that holds it)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), (a, b) => {
        const ops = diffJson(a, b);
        const once = applyJsonPatch(copy(a), copy(ops));
        expect(copy(applyJsonPatch(copy(once), copy(ops)))).toEqual(copy(b));
      }),
      { numRuns: 1000 },
    );
  });
});
