/**
 * Binary search over offsets kept in order: in [0, count), where `isPast(i)` is false up to some index and true from it
 * on, that index (count when it is never true).
 */
export function firstPast(count: number, isPast: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isPast(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
