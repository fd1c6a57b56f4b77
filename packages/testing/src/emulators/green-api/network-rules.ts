import type { GreenApiTypeInstance } from './green-api-types.js';

const whatsappChatId =
  /^(?:\d{5,20}(?:-\d{5,20})?@(?:c\.us|g\.us)|\d{5,20}@lid|\d{5,25}@newsletter|status@broadcast)$/;
const numericChatId = /^-?\d{1,20}$/;

/** Messenger-specific rules of GREEN-API: chat id formats, text limits, the group parameter name. */
export const networkRules = {
  /**
   * Whether `chatId` has the messenger's format (`…@c.us`/`@g.us`/`@lid` vs numeric strings).
   *
   * @example
   * networkRules.isValidChatId('telegram', '-1001234567890'); // true
   */
  isValidChatId(typeInstance: GreenApiTypeInstance, chatId: string): boolean {
    return typeInstance === 'whatsapp' ? whatsappChatId.test(chatId) : numericChatId.test(chatId);
  },

  /**
   * Whether the chat is a group (WhatsApp `@g.us`, Telegram/MAX negative ids).
   *
   * @example
   * networkRules.isGroupChatId('v3', '-100200'); // true
   */
  isGroupChatId(typeInstance: GreenApiTypeInstance, chatId: string): boolean {
    return typeInstance === 'whatsapp' ? chatId.endsWith('@g.us') : chatId.startsWith('-');
  },

  /**
   * Maximum `sendMessage` text length: WhatsApp 20 000, Telegram 4096 [I], MAX 4000.
   *
   * @example
   * networkRules.textLimit('v3'); // 4000
   */
  textLimit(typeInstance: GreenApiTypeInstance): number {
    if (typeInstance === 'whatsapp') return 20_000;
    return typeInstance === 'telegram' ? 4096 : 4000;
  },

  /**
   * Whether uploads (`sendFileByUpload`, `uploadFile`) have a host of their own: only WhatsApp's `mediaUrl` differs
   * from its `apiUrl`; Telegram and MAX use one host for both (reference §1.2).
   *
   * @example
   * networkRules.hasSeparateMediaHost('telegram'); // false
   */
  hasSeparateMediaHost(typeInstance: GreenApiTypeInstance): boolean {
    return typeInstance === 'whatsapp';
  },

  /**
   * Name of the group parameter: `groupId` on WhatsApp, `chatId` on Telegram/MAX.
   *
   * @example
   * networkRules.groupField('whatsapp'); // 'groupId'
   */
  groupField(typeInstance: GreenApiTypeInstance): 'groupId' | 'chatId' {
    return typeInstance === 'whatsapp' ? 'groupId' : 'chatId';
  },

  /**
   * The instance's own chat id (`wid`) for a phone number.
   *
   * @example
   * networkRules.widForPhone('whatsapp', '79876543210', '10000000'); // '79876543210@c.us'
   */
  widForPhone(typeInstance: GreenApiTypeInstance, phone: string, numericAccountId: string): string {
    return typeInstance === 'whatsapp' ? `${phone}@c.us` : numericAccountId;
  },

  /**
   * Digits of a phone from a chat id, when it carries one (`79001234567:3@c.us` → `79001234567`).
   *
   * @example
   * networkRules.phoneOfChatId('79001234567@c.us'); // '79001234567'
   */
  phoneOfChatId(chatId: string): string | undefined {
    const match = /^(\d{5,20})(?::\d+)?@c\.us$/.exec(chatId);
    return match?.[1];
  },
} as const;
