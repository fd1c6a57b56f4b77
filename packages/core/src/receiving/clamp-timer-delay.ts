/** The longest delay `setTimeout` honours (2^31 - 1 ms); Node fires a longer one after 1 ms. */
export const maximumTimerDelayMilliseconds = 2_147_483_647;

/** The delay `setTimeout` honours as asked: `NaN` and negatives become 0, longer ones the maximum. */
export function clampTimerDelay(milliseconds: number): number {
  if (Number.isNaN(milliseconds)) return 0;
  return Math.min(maximumTimerDelayMilliseconds, Math.max(0, milliseconds));
}
