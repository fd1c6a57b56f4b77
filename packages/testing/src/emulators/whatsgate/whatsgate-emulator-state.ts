import { FaultInjector } from '../shared/fault-injector.js';
import { TimerSet } from '../shared/timer-set.js';
import { WebhookDispatcher } from '../shared/webhook-dispatcher.js';
import { isWhatsgateWebhookAcknowledged } from './is-whatsgate-webhook-acknowledged.js';
import { WhatsgateClock } from './whatsgate-clock.js';
import type { ResolvedWhatsgateEmulatorOptions } from './whatsgate-emulator-options.js';
import { WhatsgateError, whatsgateErrorMessages } from './whatsgate-error.js';
import { WhatsgateEventStore } from './whatsgate-event-store.js';
import { requireString, type WhatsgateFields } from './whatsgate-fields.js';
import { WhatsgateIdentifiers } from './whatsgate-identifiers.js';
import type { WhatsgateEvent, WhatsgateEventAction } from './whatsgate-payloads.js';
import type { WhatsgateSessionRecord } from './whatsgate-session-record.js';

/** All mutable state of one Whatsgate emulator: sessions, events, webhooks, timers, ids and the clock. */
export class WhatsgateEmulatorState {
  readonly options: ResolvedWhatsgateEmulatorOptions;
  readonly apiKey: string;
  readonly clock: WhatsgateClock;
  readonly ids: WhatsgateIdentifiers;
  readonly timers = new TimerSet();
  readonly events: WhatsgateEventStore;
  /** Pushes events to session webhook URLs in order per URL, retrying until acknowledged. */
  readonly webhooks: WebhookDispatcher;
  readonly faults: FaultInjector;
  /** Live sessions (including DESTROYING ones until removed) by `unique_id`. */
  readonly sessions = new Map<string, WhatsgateSessionRecord>();
  /** Every `unique_id` ever used, deleted ones included. */
  readonly knownSessionIds = new Set<string>();
  readonly unregisteredNumbers: Set<string>;
  /** The server's base URL, set once listening. */
  baseUrl = '';

  constructor(options: ResolvedWhatsgateEmulatorOptions) {
    this.options = options;
    this.clock = new WhatsgateClock(options.now, options.timeZoneOffsetMinutes);
    this.ids = new WhatsgateIdentifiers(options.seed);
    this.apiKey = options.apiKey ?? this.ids.apiKey();
    this.events = new WhatsgateEventStore(this.clock, options.firstEventId);
    this.faults = options.faults ?? new FaultInjector();
    this.unregisteredNumbers = new Set(options.unregisteredNumbers);
    this.webhooks = new WebhookDispatcher({
      attempts: 1 + options.webhookRetries,
      retryDelayMilliseconds: options.webhookRetryDelayMilliseconds,
      timeoutMilliseconds: options.webhookTimeoutMilliseconds,
      accept: (status, text, event) =>
        isWhatsgateWebhookAcknowledged(status, text, (event as WhatsgateEvent).id),
    });
  }

  /** Stores an event and pushes it to the session's webhook URL, if any. */
  emit(
    record: WhatsgateSessionRecord,
    action: WhatsgateEventAction,
    eventData: Record<string, unknown>,
    statusCode: number | null = null,
  ): WhatsgateEvent {
    const event = this.events.append(record.whatsappId, action, eventData, statusCode);
    if (record.callback !== null && record.callback !== '')
      this.webhooks.send({ url: record.callback }, event);
    return event;
  }

  /** The live (not DESTROYING) session with this id. */
  findSession(whatsappId: string): WhatsgateSessionRecord | undefined {
    const record = this.sessions.get(whatsappId);
    return record === undefined || record.status === 'DESTROYING' ? undefined : record;
  }

  /** The session named by the `WhatsappID` field; a missing field or unknown session is a 500 error. */
  requireSession(fields: WhatsgateFields): WhatsgateSessionRecord {
    const record = this.findSession(requireString(fields, 'WhatsappID'));
    if (record === undefined) throw new WhatsgateError(500, whatsgateErrorMessages.sessionNotFound);
    return record;
  }

  /** Like {@link requireSession}, and the session must be READY. */
  requireReadySession(fields: WhatsgateFields): WhatsgateSessionRecord {
    const record = this.requireSession(fields);
    if (record.status !== 'READY') throw new WhatsgateError(500, whatsgateErrorMessages.sessionNotReady);
    return record;
  }

  /** Stops timers and webhook deliveries. */
  close(): void {
    this.timers.clear();
    this.webhooks.close();
  }
}
