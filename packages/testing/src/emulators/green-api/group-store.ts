import type { GreenApiTypeInstance } from './green-api-types.js';

/** One group member. */
export interface GreenApiGroupParticipant {
  chatId: string;
  lid?: string;
  isAdmin: boolean;
  isSuperAdmin: boolean;
}

/** A group the instance knows. */
export interface GreenApiGroup {
  chatId: string;
  subject: string;
  description: string;
  owner: string;
  creation: number;
  subjectTime: number;
  subjectOwner: string;
  inviteLink: string;
  participants: Map<string, GreenApiGroupParticipant>;
  /** The instance left (or was removed): getGroupData answers `Error: forbidden`, sends give `notInGroup`. */
  left: boolean;
  /** Boolean group permissions (`allowParticipantsSendMessages`…). */
  permissions: Record<string, boolean>;
  avatarUrl: string;
}

/**
 * Input to create a group through the control API.
 *
 * @example
 * control.addGroup(id, { subject: 'Team', participants: ['79001234567@c.us'] });
 */
export interface GreenApiGroupInput {
  /** The group's id; a new `…@g.us` id when absent. */
  chatId?: string;
  /** The group name (`getGroupData` `subject`). */
  subject: string;
  /** Chat ids of the members besides the owner; none when absent. */
  participants?: string[];
  /** The creator's chat id; the instance's own account when absent. */
  owner?: string;
  /** The group description; none when absent. */
  description?: string;
  /** Whether the instance is a member (default true). */
  member?: boolean;
}

const defaultPermissions = (): Record<string, boolean> => ({
  allowParticipantsEditGroupSettings: false,
  allowParticipantsSendMessages: true,
  allowParticipantsAddMembers: false,
  allowParticipantsPinMessages: false,
});

/** Per-instance groups: creation with messenger-specific ids and invite links, membership and admin flags. */
export class GroupStore {
  readonly #groups = new Map<string, GreenApiGroup>();
  readonly #typeInstance: GreenApiTypeInstance;
  readonly #random: () => number;

  constructor(typeInstance: GreenApiTypeInstance, random: () => number) {
    this.#typeInstance = typeInstance;
    this.#random = random;
  }

  /** Creates a group owned by `ownWid`; the owner is a super admin. */
  create(input: GreenApiGroupInput, ownWid: string): GreenApiGroup {
    const now = Math.floor(Date.now() / 1000);
    const owner = input.owner ?? ownWid;
    const group: GreenApiGroup = {
      chatId: input.chatId ?? this.#newChatId(),
      subject: input.subject,
      description: input.description ?? '',
      owner,
      creation: now,
      subjectTime: now,
      subjectOwner: owner,
      inviteLink: this.#newInviteLink(),
      participants: new Map(),
      left: input.member === false,
      permissions: defaultPermissions(),
      avatarUrl: '',
    };
    group.participants.set(owner, { chatId: owner, isAdmin: true, isSuperAdmin: true });
    if (input.member !== false && ownWid !== '' && !group.participants.has(ownWid)) {
      group.participants.set(ownWid, { chatId: ownWid, isAdmin: false, isSuperAdmin: false });
    }
    for (const chatId of input.participants ?? []) {
      if (!group.participants.has(chatId))
        group.participants.set(chatId, { chatId, isAdmin: false, isSuperAdmin: false });
    }
    this.#groups.set(group.chatId, group);
    return group;
  }

  /** A group by chat id. */
  get(chatId: string): GreenApiGroup | undefined {
    return this.#groups.get(chatId);
  }

  /** Every group. */
  list(): GreenApiGroup[] {
    return [...this.#groups.values()];
  }

  #digits(count: number): string {
    let result = '';
    for (let index = 0; index < count; index += 1) result += String(Math.floor(this.#random() * 10));
    return result;
  }

  #newChatId(): string {
    if (this.#typeInstance === 'whatsapp') return `120363${this.#digits(12)}@g.us`;
    return this.#typeInstance === 'telegram'
      ? `-100${this.#digits(10)}`
      : `-${1 + Math.floor(this.#random() * 9)}${this.#digits(13)}`;
  }

  #newInviteLink(): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let code = '';
    for (let index = 0; index < 22; index += 1)
      code += alphabet[Math.floor(this.#random() * alphabet.length)];
    if (this.#typeInstance === 'whatsapp') return `https://chat.whatsapp.com/${code}`;
    return this.#typeInstance === 'telegram'
      ? `https://t.me/+${code.slice(0, 16)}`
      : `https://max.ru/join/${code}`;
  }
}
