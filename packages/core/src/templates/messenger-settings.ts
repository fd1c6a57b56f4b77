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
    /** Notify about messages the account receives. */
    incomingMessages: v.optional(v.boolean()),
    /** Notify about messages sent from the phone or another device. */
    outgoingMessages: v.optional(v.boolean()),
    /** Notify about messages sent through the API. */
    outgoingApiMessages: v.optional(v.boolean()),
    /** Notify when an outgoing message is sent, delivered, read or fails. */
    messageStatuses: v.optional(v.boolean()),
    /** Notify when the account's authorization state changes. */
    stateChanges: v.optional(v.boolean()),
    /** Notify about incoming calls. */
    incomingCalls: v.optional(v.boolean()),
    /** Notify about votes on the account's polls. */
    pollVotes: v.optional(v.boolean()),
    /** Notify when a message is edited. */
    editedMessages: v.optional(v.boolean()),
    /** Notify when a message is deleted. */
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
    /** Where the provider posts notifications; `''` turns push delivery off so that polling works. */
    webhookUrl: v.optional(
      v.union([v.literal(''), v.pipe(v.string(), v.url('webhookUrl must be an absolute URL'))]),
    ),
    /** The secret the provider sends with each notification (GREEN-API: `Authorization: Bearer <token>`). */
    webhookToken: v.optional(v.string()),
    /** The provider's pause between two queued sends (GREEN-API: at least 500). */
    sendDelayMilliseconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    /** Whether the provider marks every incoming message as read. */
    markIncomingAsRead: v.optional(v.boolean()),
    /** Whether the provider marks a chat's messages as read when the account replies there. */
    markIncomingAsReadOnReply: v.optional(v.boolean()),
    /** Whether the account shows as online while connected. */
    keepOnline: v.optional(v.boolean()),
    /** Whether sent links get a preview. */
    linkPreview: v.optional(v.boolean()),
    /** Whether the provider records chat history, which `messages.history` reads on some networks (GREEN-API `enableMessagesHistory`). */
    messageHistory: v.optional(v.boolean()),
    /** Which notifications the provider produces. */
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
