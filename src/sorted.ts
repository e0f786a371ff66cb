/** Binary searches over an ascending array (strings in code-unit order, or numbers). */

/** The first index whose value is not less than `x` (how many are less). */
export function lowerBound<T extends string | number>(a: readonly T[], x: T): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is greater than `x` (how many are not greater). */
export function upperBound<T extends string | number>(a: readonly T[], x: T): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
