import type {
  GreenApiInstanceData,
  GreenApiNotificationBody,
  GreenApiOutgoingStatus,
  GreenApiStateInstance,
  GreenApiTypeInstance,
  JsonObject,
} from './green-api-types.js';

/** Fields of `senderData` before messenger-specific shaping. */
export interface SenderDataInput {
  chatId: string;
  sender: string;
  chatName: string;
  senderName: string;
  senderContactName: string;
  chatType?: string;
  senderType?: string;
  senderPhoneNumber?: number;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Builds notification bodies for one instance in GREEN-API's shapes (reference §3, §5), with `instanceData`
 * (`typeInstance` whatsapp/telegram/v3, `wid` "" when not authorized) and unix-second timestamps.
 */
export class NotificationFactory {
  readonly #instanceData: () => GreenApiInstanceData;

  constructor(instanceData: () => GreenApiInstanceData) {
    this.#instanceData = instanceData;
  }

  /**
   * `senderData` with the messenger's extra fields (Telegram: chatType, senderType, senderPhoneNumber; MAX:
   * senderPhoneNumber).
   */
  senderData(input: SenderDataInput): JsonObject {
    const typeInstance: GreenApiTypeInstance = this.#instanceData().typeInstance;
    const base = { chatId: input.chatId, chatName: input.chatName };
    const sender = {
      sender: input.sender,
      senderName: input.senderName,
      senderContactName: input.senderContactName,
    };
    if (typeInstance === 'whatsapp') return { ...base, ...sender };
    const phone = input.senderPhoneNumber === undefined ? {} : { senderPhoneNumber: input.senderPhoneNumber };
    if (typeInstance === 'v3') return { ...base, ...sender, ...phone };
    return {
      ...base,
      chatType: input.chatType ?? (input.chatId.startsWith('-') ? 'group' : 'user'),
      ...sender,
      senderType: input.senderType ?? 'user',
      ...phone,
    };
  }

  /**
   * A message notification (`incomingMessageReceived`, `outgoingMessageReceived`, `outgoingAPIMessageReceived`).
   */
  message(
    typeWebhook: string,
    idMessage: string,
    senderData: JsonObject,
    messageData: JsonObject,
    timestamp = nowSeconds(),
  ): GreenApiNotificationBody {
    return { typeWebhook, instanceData: this.#instanceData(), timestamp, idMessage, senderData, messageData };
  }

  /** `outgoingMessageStatus`. */
  outgoingMessageStatus(input: {
    chatId: string;
    idMessage: string;
    status: GreenApiOutgoingStatus;
    description?: string;
    sendByApi: boolean;
  }): GreenApiNotificationBody {
    const description = input.description === undefined ? {} : { description: input.description };
    return {
      typeWebhook: 'outgoingMessageStatus',
      chatId: input.chatId,
      instanceData: this.#instanceData(),
      timestamp: nowSeconds(),
      idMessage: input.idMessage,
      status: input.status,
      ...description,
      sendByApi: input.sendByApi,
    };
  }

  /** `stateInstanceChanged`. */
  stateInstanceChanged(stateInstance: GreenApiStateInstance): GreenApiNotificationBody {
    return { ...this.#base('stateInstanceChanged'), stateInstance };
  }

  /** `statusInstanceChanged` (WhatsApp socket status). */
  statusInstanceChanged(statusInstance: 'online' | 'offline'): GreenApiNotificationBody {
    return { ...this.#base('statusInstanceChanged'), statusInstance };
  }

  /** `incomingCall`. */
  incomingCall(from: string, status: string, idMessage: string): GreenApiNotificationBody {
    return {
      from,
      typeWebhook: 'incomingCall',
      instanceData: this.#instanceData(),
      timestamp: nowSeconds(),
      status,
      idMessage,
    };
  }

  /** `quotaExceeded`. */
  quotaExceeded(quotaData: JsonObject): GreenApiNotificationBody {
    return { ...this.#base('quotaExceeded'), quotaData };
  }

  #base(typeWebhook: string): GreenApiNotificationBody {
    return { typeWebhook, instanceData: this.#instanceData(), timestamp: nowSeconds() };
  }
}
