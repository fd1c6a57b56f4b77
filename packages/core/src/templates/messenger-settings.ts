import * as v from 'valibot';
import { parseTemplate } from './parse-template.js';

/**
 * Which notifications the provider produces. Each switch maps to the provider's own setting (for
 * GREEN-API `incomingWebhook`, `outgoingWebhook`, … as `"yes"`/`"no"`).
 */
export const notificationSettingsSchema = buildNotificationSettingsSchema();

// @__NO_SIDE_EFFECTS__
function buildNotificationSettingsSchema() {
  return v.strictObject({
    incomingMessages: v.optional(v.boolean()),
    outgoingMessages: v.optional(v.boolean()),
    outgoingApiMessages: v.optional(v.boolean()),
    messageStatuses: v.optional(v.boolean()),
    stateChanges: v.optional(v.boolean()),
    incomingCalls: v.optional(v.boolean()),
    pollVotes: v.optional(v.boolean()),
    editedMessages: v.optional(v.boolean()),
    deletedMessages: v.optional(v.boolean()),
  });
}

/**
 * Account settings in provider-neutral words. Booleans are booleans (GREEN-API's `"yes"`/`"no"` strings
 * are mapped by the adapter). `webhookUrl: ''` turns push delivery off so that polling works.
 */
export const messengerSettingsSchema = buildMessengerSettingsSchema();

// @__NO_SIDE_EFFECTS__
function buildMessengerSettingsSchema() {
  return v.strictObject({
    webhookUrl: v.optional(
      v.union([v.literal(''), v.pipe(v.string(), v.url('webhookUrl must be an absolute URL'))]),
    ),
    webhookToken: v.optional(v.string()),
    sendDelayMilliseconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    markIncomingAsRead: v.optional(v.boolean()),
    markIncomingAsReadOnReply: v.optional(v.boolean()),
    keepOnline: v.optional(v.boolean()),
    linkPreview: v.optional(v.boolean()),
    messageHistory: v.optional(v.boolean()),
    notifications: v.optional(notificationSettingsSchema),
  });
}

/** Validated settings, see {@link messengerSettingsSchema}. */
export type MessengerSettings = v.InferOutput<typeof messengerSettingsSchema>;
/** What {@link createMessengerSettings} accepts. */
export type MessengerSettingsInput = v.InferInput<typeof messengerSettingsSchema>;

/**
 * Builds validated {@link MessengerSettings} or throws an `invalid-request` error naming the bad field.
 *
 * @example
 * ```ts
 * createMessengerSettings({ sendDelayMilliseconds: 1000, markIncomingAsRead: true });
 * ```
 */
export function createMessengerSettings(input: MessengerSettingsInput): MessengerSettings {
  return parseTemplate(messengerSettingsSchema, input, 'settings');
}
