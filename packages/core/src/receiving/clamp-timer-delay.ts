/**
 * The longest delay `setTimeout` honours (2^31 - 1 ms, about 24.8 days). Node fires a longer timer
 * after 1 ms with a `TimeoutOverflowWarning`.
 */
export const maximumTimerDelayMilliseconds = 2_147_483_647;

/**
 * A delay `setTimeout` waits as asked: negative and `NaN` become 0, anything longer than
 * {@link maximumTimerDelayMilliseconds} (`Infinity` included) becomes that maximum.
 */
export function clampTimerDelay(milliseconds: number): number {
  if (Number.isNaN(milliseconds)) return 0;
  return Math.min(maximumTimerDelayMilliseconds, Math.max(0, milliseconds));
}
