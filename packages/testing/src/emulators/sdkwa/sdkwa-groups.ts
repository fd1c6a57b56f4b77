/** A participant entry of `getGroupData`. */
export interface SdkwaGroupParticipant {
  id: string;
  isAdmin: boolean;
  isSuperAdmin: boolean;
}

/** A group the instance knows, in the `getGroupData` shape plus bookkeeping. */
export interface SdkwaGroup {
  groupId: string;
  owner: string;
  subject: string;
  creation: number;
  participants: SdkwaGroupParticipant[];
  subjectTime: number;
  subjectOwner: string;
  groupInviteLink: string;
  urlAvatar: string;
}

/** The group operations that answer `{<flag>: boolean}`. */
export type SdkwaGroupOperation =
  | 'addGroupParticipant'
  | 'removeGroupParticipant'
  | 'setGroupAdmin'
  | 'removeAdmin'
  | 'leaveGroup';

/**
 * The groups of one instance. Changing members or admins needs the instance to be an admin of the group; renaming
 * and leaving need membership; failures answer the operation's flag as `false` with HTTP 200 (GREEN-API
 * behaviour, reference §3.5 [I]).
 */
export class SdkwaGroups {
  readonly #groups = new Map<string, SdkwaGroup>();

  /** Creates a group owned (and super-administered) by `owner`. */
  create(input: {
    groupId: string;
    owner: string;
    subject: string;
    participants: string[];
    inviteLink: string;
    now?: number;
  }): SdkwaGroup {
    const creation = Math.floor((input.now ?? Date.now()) / 1000);
    const members = [input.owner, ...input.participants.filter((id) => id !== input.owner)];
    const group: SdkwaGroup = {
      groupId: input.groupId,
      owner: input.owner,
      subject: input.subject,
      creation,
      participants: members.map((id) => ({
        id,
        isAdmin: id === input.owner,
        isSuperAdmin: id === input.owner,
      })),
      subjectTime: creation,
      subjectOwner: input.owner,
      groupInviteLink: input.inviteLink,
      urlAvatar: '',
    };
    this.#groups.set(group.groupId, group);
    return group;
  }

  /** A group by id. */
  get(groupId: string): SdkwaGroup | undefined {
    return this.#groups.get(groupId);
  }

  /** Every known group. */
  all(): IterableIterator<SdkwaGroup> {
    return this.#groups.values();
  }

  /** Whether `member` is a participant of a known group (`undefined` when the group is unknown). */
  isMember(groupId: string, member: string): boolean | undefined {
    const group = this.#groups.get(groupId);
    return group === undefined
      ? undefined
      : group.participants.some((participant) => participant.id === member);
  }

  /** Renames a group (needs membership). */
  rename(groupId: string, actor: string, subject: string, now: number = Date.now()): boolean {
    const group = this.#groups.get(groupId);
    if (group === undefined || this.isMember(groupId, actor) !== true) return false;
    group.subject = subject;
    group.subjectTime = Math.floor(now / 1000);
    group.subjectOwner = actor;
    return true;
  }

  /**
   * Applies a membership/admin operation on behalf of `actor`; `false` when not allowed or not applicable.
   */
  apply(operation: SdkwaGroupOperation, groupId: string, actor: string, participantId = actor): boolean {
    const group = this.#groups.get(groupId);
    const self = group?.participants.find((participant) => participant.id === actor);
    if (group === undefined || self === undefined) return false;
    const target = group.participants.find((participant) => participant.id === participantId);
    if (operation === 'leaveGroup') {
      group.participants = group.participants.filter((participant) => participant !== self);
      return true;
    }
    if (!self.isAdmin) return false;
    switch (operation) {
      case 'addGroupParticipant':
        if (target !== undefined) return false;
        group.participants.push({ id: participantId, isAdmin: false, isSuperAdmin: false });
        return true;
      case 'removeGroupParticipant':
        if (target === undefined || target.isSuperAdmin) return false;
        group.participants = group.participants.filter((participant) => participant !== target);
        return true;
      case 'setGroupAdmin':
        if (target === undefined) return false;
        target.isAdmin = true;
        return true;
      case 'removeAdmin':
        if (target === undefined || target.isSuperAdmin || !target.isAdmin) return false;
        target.isAdmin = false;
        return true;
    }
  }

  /** The `getGroupData` answer of a group. */
  data(groupId: string): Omit<SdkwaGroup, 'urlAvatar'> | undefined {
    const group = this.#groups.get(groupId);
    if (group === undefined) return undefined;
    const { urlAvatar: _urlAvatar, ...data } = group;
    return { ...data, participants: data.participants.map((participant) => ({ ...participant })) };
  }
}
