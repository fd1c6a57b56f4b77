import type { ConformanceSubject } from './conformance-driver.js';
import type { SessionManagerConformanceSubject } from './session-manager-conformance.js';

/**
 * Options of {@link describeMessengerConformance}.
 *
 * @example
 * ```ts
 * const options: MessengerConformanceOptions = { name: 'acme (whatsapp)', setup: startAcmeSubject };
 * ```
 */
export interface MessengerConformanceOptions {
  /** Shown in the test names, for example `'green-api (telegram)'`. */
  name: string;
  /** Creates a fresh subject (fake + messenger + driver) for each test. */
  setup(): Promise<ConformanceSubject>;
  /** Per-test timeout in milliseconds (default 30 000). */
  timeoutMilliseconds?: number;
  /** For a provider with a session manager: creates one, so list → create → authorize → `messenger()` → send is checked. */
  sessions?(): Promise<SessionManagerConformanceSubject>;
}
