/**
 * Appends every element of `source` to `target`. `target.push(...source)` passes each element as an
 * argument and overflows the call stack near 125 000 of them (a large workbook's identities); a
 * loop has no such limit.
 */
export function pushAll<T>(target: T[], source: Iterable<T>): T[] {
  for (const x of source) target.push(x);
  return target;
}

/** The least of some numbers (Infinity for none), without spreading them into a call. */
export function minOf(xs: Iterable<number>): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m;
}

/** The greatest of some numbers (−Infinity for none), without spreading them into a call. */
export function maxOf(xs: Iterable<number>): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m;
}
