/** A place in a JSON document: object keys and array indexes from the root. */
export type JsonPath = (string | number)[];

/**
 * One change of a JSON document. Each is an assignment (applying it to a document that already has
 * it changes nothing), so a journal line replayed over a file that already holds it is harmless.
 */
export type JsonPatchOp =
  | { op: 'set'; path: JsonPath; value: unknown }
  | { op: 'delete'; path: JsonPath }
  /** The array keeps its first `from` elements and continues with `items` (appends, trims). */
  | { op: 'tail'; path: JsonPath; from: number; items: unknown[] };

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own properties only: a key named "__proto__" or "constructor" is data, never the prototype. */
const own = (object: JsonObject, key: string): unknown =>
  Object.hasOwn(object, key) ? object[key] : undefined;

/**
 * What turns `before` into `after`, both JSON-like values (an `undefined` property counts as absent,
 * as in JSON). Subtrees that are the same object are skipped without looking inside: the service
 * never changes a stored document in place (every change builds new objects along its path), so a
 * keystroke in one summary of a 380 KB conference costs a walk down that one path.
 */
export function diffJson(before: unknown, after: unknown): JsonPatchOp[] {
  const ops: JsonPatchOp[] = [];
  diffInto(before, after, [], ops);
  return ops;
}

function diffInto(before: unknown, after: unknown, path: JsonPath, ops: JsonPatchOp[]): void {
  if (before === after) return;
  if (isObject(before) && isObject(after)) {
    for (const key of Object.keys(after)) {
      const next = own(after, key);
      const previous = own(before, key);
      if (next === undefined) {
        if (previous !== undefined) ops.push({ op: 'delete', path: [...path, key] });
      } else if (previous === undefined) {
        ops.push({ op: 'set', path: [...path, key], value: next });
      } else {
        diffInto(previous, next, [...path, key], ops);
      }
    }
    for (const key of Object.keys(before)) {
      if (own(before, key) !== undefined && !Object.hasOwn(after, key))
        ops.push({ op: 'delete', path: [...path, key] });
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length === after.length) {
      for (let i = 0; i < after.length; i += 1) diffInto(before[i], after[i], [...path, i], ops);
      return;
    }
    // Ballots and log entries are appended: keep the common head, send only what follows it.
    let from = 0;
    const shorter = Math.min(before.length, after.length);
    while (from < shorter && sameJson(before[from], after[from])) from += 1;
    ops.push({ op: 'tail', path, from, items: after.slice(from) });
    return;
  }
  if (after === undefined) ops.push({ op: 'delete', path });
  else ops.push({ op: 'set', path, value: after });
}

/** Equal as JSON (same object first: the cheap answer in the usual case). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => sameJson(value, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a).filter((k) => a[k] !== undefined);
    const otherKeys = Object.keys(b).filter((k) => b[k] !== undefined);
    return keys.length === otherKeys.length && keys.every((k) => sameJson(a[k], own(b, k)));
  }
  return false;
}

/**
 * Applies the changes to `doc`, which it may change in place (a document just parsed from a file);
 * returns the result (a `set` at the root replaces the document). Throws when a path does not
 * exist: the changes were made to another document.
 */
export function applyJsonPatch(doc: unknown, ops: readonly JsonPatchOp[]): unknown {
  let root = doc;
  for (const change of ops) {
    if (change.path.length === 0) {
      if (change.op === 'set') root = change.value;
      else if (change.op === 'delete') root = undefined;
      else root = [...tailBase(root, change.from, change.path), ...change.items];
      continue;
    }
    const parent = walk(root, change.path.slice(0, -1));
    const key = change.path[change.path.length - 1] as string | number;
    if (change.op === 'tail') {
      const next = [
        ...tailBase(walk(root, change.path), change.from, change.path),
        ...change.items,
      ];
      assign(parent, key, next, change.path);
    } else if (change.op === 'set') {
      assign(parent, key, change.value, change.path);
    } else if (Array.isArray(parent)) {
      throw new Error(`Không xoá được phần tử mảng tại ${change.path.join('.')}.`);
    } else {
      delete (parent as JsonObject)[String(key)];
    }
  }
  return root;
}

function tailBase(value: unknown, from: number, path: JsonPath): unknown[] {
  if (!Array.isArray(value) || value.length < from) {
    throw new Error(`Không có mảng đủ dài tại ${path.join('.') || '(gốc)'}.`);
  }
  return value.slice(0, from);
}

function walk(root: unknown, path: JsonPath): JsonObject | unknown[] {
  let node = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isObject(node) && typeof key === 'string' && Object.hasOwn(node, key))
      node = node[key];
    else throw new Error(`Không có ${path.join('.')} trong tài liệu.`);
  }
  if (!Array.isArray(node) && !isObject(node)) {
    throw new Error(`Không có ${path.join('.')} trong tài liệu.`);
  }
  return node;
}

function assign(
  parent: JsonObject | unknown[],
  key: string | number,
  value: unknown,
  path: JsonPath,
): void {
  if (Array.isArray(parent)) {
    if (typeof key !== 'number' || key < 0 || key >= parent.length) {
      throw new Error(`Không có phần tử ${path.join('.')} trong tài liệu.`);
    }
    parent[key] = value;
  } else {
    // Defined, not assigned: a key named "__proto__" stays an ordinary key, as JSON.parse makes it.
    Object.defineProperty(parent, String(key), {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
}
