import { requirePositiveNumber } from './require-positive-number.js';

/** How long a handled event id is remembered and how long a claim holds, checked and with their defaults. */
export function resolveClaimDurations(options: {
  deduplicationWindowMilliseconds?: number | undefined;
  processingLeaseMilliseconds?: number | undefined;
}): { deduplicationWindowMilliseconds: number; processingLeaseMilliseconds: number } {
  return {
    deduplicationWindowMilliseconds: requirePositiveNumber(
      'deduplicationWindowMilliseconds',
      options.deduplicationWindowMilliseconds ?? 86_400_000,
    ),
    processingLeaseMilliseconds: requirePositiveNumber(
      'processingLeaseMilliseconds',
      options.processingLeaseMilliseconds ?? 60_000,
    ),
  };
}
