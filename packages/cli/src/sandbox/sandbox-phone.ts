import type { SandboxDriver } from './sandbox-driver.js';

/**
 * The sandbox's simulated phone: it scans each account's QR code once `switchboard login` (or
 * `session qr`) has shown it for `delayMilliseconds`, as a person holding the phone would. Only
 * accounts whose driver can tell that a code was shown (`qrShown`) take part. Returns the function
 * that stops it.
 *
 * @example
 * ```ts
 * const stopPhone = startSandboxPhone(sandbox.drivers, { delayMilliseconds: 1_000 });
 * ```
 */
export function startSandboxPhone(
  drivers: readonly SandboxDriver[],
  options: { delayMilliseconds: number; intervalMilliseconds?: number },
): () => void {
  const shownSince = new Map<SandboxDriver, number>();
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      for (const driver of drivers) {
        if (driver.qrShown === undefined) continue;
        if (!(await driver.qrShown())) {
          shownSince.delete(driver);
          continue;
        }
        const since = shownSince.get(driver) ?? Date.now();
        shownSince.set(driver, since);
        if (Date.now() - since >= options.delayMilliseconds) await driver.scanQrCode();
      }
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMilliseconds ?? 250);
  return () => clearInterval(timer);
}
