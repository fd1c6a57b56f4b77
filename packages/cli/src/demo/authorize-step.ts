import type { CapabilityPath } from '@switchboard/core';
import { waitUntil } from '../wait-until.js';
import type { DemoContext, DemoStepOutcome } from './demo-context.js';

async function waitForAuthorization(context: DemoContext): Promise<void> {
  await waitUntil(
    async () => ((await context.messenger.session.getState()) === 'authorized' ? true : undefined),
    {
      what: 'the account to be authorized',
      timeoutMilliseconds: context.waitMilliseconds,
    },
  );
}

async function loginByCode(context: DemoContext): Promise<string> {
  const { messenger, driver } = context;
  await messenger.session.requestCode({ phone: driver.loginPhone, channel: 'sms' });
  const code = await waitUntil(() => driver.readLoginCode(), {
    what: 'the SMS code',
    timeoutMilliseconds: context.waitMilliseconds,
  });
  await messenger.session.confirmCode(code);
  await waitForAuthorization(context);
  return `SMS code ${code} confirmed`;
}

async function loginByQrCode(context: DemoContext): Promise<string> {
  const qr = await context.messenger.session.getQrCode();
  if (qr.status === 'authorized') return 'already authorized';
  const shown = context.showQrCode(qr);
  if (!(await context.driver.scanQrCode())) throw new Error('the emulator was not waiting for a QR scan');
  await waitForAuthorization(context);
  return `QR ${shown}, scanned`;
}

/**
 * Logs the account in the way its sandbox driver asks: a QR code drawn in the terminal and scanned
 * by the driver, or a code requested by SMS, read back by the driver and confirmed.
 *
 * @example
 * ```ts
 * const outcome = await authorizeStep(context); // { status: 'ok', detail: 'QR drawn, scanned' }
 * ```
 */
export async function authorizeStep(context: DemoContext): Promise<DemoStepOutcome> {
  if ((await context.messenger.session.getState()) === 'authorized') {
    return { status: 'ok', detail: 'already authorized' };
  }
  const method = context.driver.loginMethod;
  const needed: CapabilityPath[] =
    method === 'sms' ? ['session.requestCode', 'session.confirmCode'] : ['session.getQrCode'];
  const missing = needed.filter((path) => !context.messenger.supports(path));
  if (missing.length > 0) throw new Error(`cannot log in by ${method}: ${missing.join(', ')} not supported`);
  const detail = method === 'sms' ? await loginByCode(context) : await loginByQrCode(context);
  return { status: 'ok', detail };
}
