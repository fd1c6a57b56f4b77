import { type ConfirmationResponse, confirmationSchema } from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import type { SdkwaCallOptions, SdkwaClientCore } from './sdkwa-client-core.js';

const notificationSchema = v.nullable(
  v.looseObject({
    // Receipt id to pass to `deleteNotification`, increasing.
    receiptId: v.union([v.number(), v.string()]),
    // The notification, shaped like a webhook body (`typeWebhook`, `instanceData`, …).
    body: v.unknown(),
  }),
);

/**
 * One notification of `receiveNotification`: the receipt to delete it with and the webhook body.
 *
 * @useDeclaredType
 */
export type SdkwaNotificationEnvelope = NonNullable<v.InferOutput<typeof notificationSchema>>;

/** Receiving methods: the notification queue (HTTP polling) and file downloads. */
export const sdkwaReceivingMethods = {
  /**
   * `GET receiveNotification`: waits up to ~5 s for the oldest notification; `null` when none came
   * (an empty body is read as `null` too). The notification stays first in the queue until
   * {@link deleteNotification}. `receiveTimeout` (seconds) is GREEN-API's parameter; whether SDKWA
   * honours it is not documented, so it is only sent when given.
   */
  receiveNotification(
    this: SdkwaClientCore,
    input: { receiveTimeout?: number } = {},
    options?: SdkwaCallOptions,
  ): Promise<SdkwaNotificationEnvelope | null> {
    return this.call('receiveNotification', {
      verb: 'GET',
      ...(input.receiveTimeout === undefined
        ? {}
        : { searchParams: { receiveTimeout: input.receiveTimeout } }),
      schema: notificationSchema,
      ...options,
    });
  },

  /** `DELETE deleteNotification/{receiptId}` (`{result: true}`, `false` when unknown or already deleted). */
  deleteNotification(
    this: SdkwaClientCore,
    receiptId: number | string,
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'result'>> {
    return this.call('deleteNotification', {
      verb: 'DELETE',
      pathSuffix: `/${encodeURIComponent(String(receiptId))}`,
      schema: confirmationSchema('result'),
      ...options,
    });
  },

  /**
   * `downloadFile/{idMessage}`: the bytes of a received file. The OpenAPI documents `POST` with
   * `{chatId}`; the Postman collection uses `GET` without a body. With a `chatId` the `POST` form is
   * sent, without one the `GET` form.
   */
  downloadFile(
    this: SdkwaClientCore,
    input: { idMessage: string; chatId?: string | undefined },
    options?: SdkwaCallOptions,
  ): Promise<Uint8Array> {
    const pathSuffix = `/${encodeURIComponent(input.idMessage)}`;
    return this.call<Uint8Array>('downloadFile', {
      ...(input.chatId === undefined
        ? { verb: 'GET' as const }
        : { verb: 'POST' as const, json: { chatId: input.chatId }, idempotent: true }),
      pathSuffix,
      responseType: 'bytes',
      ...options,
    });
  },
};

/** The type of {@link sdkwaReceivingMethods}. */
export type SdkwaReceivingMethods = typeof sdkwaReceivingMethods;
