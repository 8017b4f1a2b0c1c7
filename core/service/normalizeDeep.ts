/**
 * NFC-normalises every string in a value (ARCHITECTURE.md: normalise at the boundary). Excel files
 * and some input methods produce decomposed Vietnamese, which renders with detached tone marks.
 */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => normalizeDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeDeep(v)])) as T;
  }
  return value;
}
