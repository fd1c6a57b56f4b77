import { beforeAll, describe, expect, it } from 'vitest';
import { startSdkwaEmulator } from '../../../src/emulators/sdkwa/index.js';
import { useStartedResource, useSuiteValue } from '../../support/suite-value.js';
import { fastOptions, instanceApi, rawRequest, send } from './sdkwa-test-client.js';

describe('SDKWA emulator chats and contacts', () => {
  const chatId = '79001234567@c.us';
  const emulator = useStartedResource(() =>
    startSdkwaEmulator({ ...fastOptions, instances: [{ phone: '79990000000' }] }),
  );
  const api = useSuiteValue(() => instanceApi(emulator));

  beforeAll(() => {
    emulator.control.injectIncomingMessage(api.instance.idInstance, {
      type: 'text',
      text: 'hi',
      from: chatId,
      senderName: 'Ivan',
    });
  });

  it('checks WhatsApp accounts and validates the number', async () => {
    emulator.control.setWhatsappExists('79005550001', false);
    expect((await api.post('checkWhatsapp', { phoneNumber: 79001234567 })).json).toEqual({
      existsWhatsapp: true,
    });
    expect((await api.post('checkWhatsapp', { phoneNumber: 79005550001 })).json).toEqual({
      existsWhatsapp: false,
    });
    const bad = await api.post('checkWhatsapp', { phoneNumber: 123 });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ error: 'bad phone number, valid 11 or 12 digits' });
    expect((await api.post('checkContact', { contact: '79005550001' })).json).toEqual({
      existsWhatsapp: false,
    });
  });

  it('lists contacts and chats', async () => {
    expect((await api.get('getContacts')).json).toEqual([{ id: chatId, name: 'Ivan', type: 'user' }]);
    expect((await api.get('getChats')).json).toEqual([
      { id: chatId, archive: false, notSpam: true, ephemeralExpiration: 0, ephemeralSettingTimestamp: 0 },
    ]);
  });

  it('answers getContactInfo as GET with a body, GET with a query, POST, and the GetContactInfo spelling', async () => {
    const viaBody = await rawRequest(
      `${api.base}/getContactInfo`,
      'GET',
      JSON.stringify({ chatId }),
      api.auth,
    );
    expect(viaBody.status).toBe(200);
    expect(viaBody.json).toMatchObject({ chatId, name: 'Ivan', isArchive: false, products: [] });
    expect((viaBody.json as { avatar: string }).avatar).toMatch(new RegExp(`^${emulator.url}/media/`));
    expect((await api.get(`getContactInfo?chatId=${encodeURIComponent(chatId)}`)).json).toMatchObject({
      chatId,
    });
    expect((await api.post('GetContactInfo', { chatId })).json).toMatchObject({ chatId });
  });

  it('serves avatars from the emulator and explains bad requests', async () => {
    const avatar = (await api.post('getAvatar', { chatId })).json as {
      existsWhatsapp: boolean;
      urlAvatar: string;
    };
    expect(avatar.existsWhatsapp).toBe(true);
    const image = await fetch(avatar.urlAvatar);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect((await api.post('getAvatar', { chatId: 'nonsense' })).json).toEqual({
      existsWhatsapp: false,
      urlAvatar: '',
      reason: 'bad request data',
    });
  });

  it('archives chats with messages only, deletes messages with the documented errors, blocks chats', async () => {
    expect((await api.post('archiveChat', { chatId })).json).toEqual({});
    expect(((await api.get('getChats')).json as Array<{ archive: boolean }>)[0]?.archive).toBe(true);
    expect((await api.post('unarchiveChat', { chatId })).json).toEqual({});
    const empty = await api.post('archiveChat', { chatId: '79000000001@c.us' });
    expect(empty.status).toBe(400);
    expect(empty.json).toEqual({
      error: 'ArchiveChatError: cannot archive chat cause last message not found in chat',
    });
    const [entry] = (await api.post('getChatHistory', { chatId })).json as Array<{ idMessage: string }>;
    expect((await api.post('deleteMessage', { chatId, idMessage: 'NOPE' })).json).toEqual({
      error: 'ID message notfound',
    });
    expect((await api.post('deleteMessage', { chatId: '79000000001@c.us', idMessage: 'X' })).json).toEqual({
      error: 'chatId not found',
    });
    expect((await api.post('deleteMessage', { chatId, idMessage: entry?.idMessage })).json).toEqual({});
    expect((await api.post('getChatHistory', { chatId })).json).toEqual([]);
    const blocked = await api.post('blockChat', { chatId, block: 'true' });
    expect(blocked.status).toBe(200);
    expect(blocked.text).toBe('');
  });

  it('keeps profile settings', async () => {
    expect((await api.post('setProfileName', { name: 'Shop' })).json).toEqual({});
    expect((await api.post('setProfileStatus', { status: 'Open' })).json).toEqual({});
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array([0xff, 0xd8])], { type: 'image/jpeg' }), 'me.jpg');
    const picture = (await send(`${api.base}/setProfilePicture`, 'POST', form, api.auth)).json as Record<
      string,
      unknown
    >;
    expect(picture).toMatchObject({ setProfilePicture: true, reason: '' });
    expect((await api.get('getWarmingPhoneStatus')).json).toMatchObject({ isWarmingRunning: 'NOT_STARTED' });
  });
});

describe('SDKWA emulator groups', () => {
  const emulator = useStartedResource(() =>
    startSdkwaEmulator({ ...fastOptions, instances: [{ phone: '79990000000' }] }),
  );
  const api = useSuiteValue(() => instanceApi(emulator));

  it('creates a group and manages participants, admins, name, picture and leaving', async () => {
    const created = (await api.post('createGroup', { groupName: 'Team', chatIds: ['7900123456859@c.us'] }))
      .json as {
      created: boolean;
      chatId: string;
      groupInviteLink: string;
    };
    expect(created.created).toBe(true);
    expect(created.chatId).toMatch(/^120363\d{12}@g\.us$/);
    expect(created.groupInviteLink).toMatch(/^https:\/\/chat\.whatsapp\.com\//);
    const groupId = created.chatId;
    const member = '79001234567@c.us';
    expect((await api.post('addGroupParticipant', { groupId, participantChatId: member })).json).toEqual({
      addParticipant: true,
    });
    expect((await api.post('addGroupParticipant', { groupId, participantChatId: member })).json).toEqual({
      addParticipant: false,
    });
    expect((await api.post('setGroupAdmin', { groupId, participantChatId: member })).json).toEqual({
      setGroupAdmin: true,
    });
    expect((await api.post('removeAdmin', { groupId, participantChatId: member })).json).toEqual({
      removeAdmin: true,
    });
    expect((await api.post('updateGroupName', { groupId, groupName: 'Renamed' })).json).toEqual({
      updateGroupName: true,
    });
    const data = (await api.post('getGroupData', { groupId })).json as Record<string, unknown>;
    expect(data).toMatchObject({
      groupId,
      owner: '79990000000@c.us',
      subject: 'Renamed',
      subjectOwner: '79990000000@c.us',
      participants: [
        { id: '79990000000@c.us', isAdmin: true, isSuperAdmin: true },
        { id: '7900123456859@c.us', isAdmin: false, isSuperAdmin: false },
        { id: member, isAdmin: false, isSuperAdmin: false },
      ],
    });
    const form = new FormData();
    form.set('groupId', groupId);
    form.set('file', new Blob([new Uint8Array([0xff, 0xd8])], { type: 'image/jpeg' }), 'g.jpg');
    expect((await send(`${api.base}/setGroupPicture`, 'POST', form, api.auth)).json).toMatchObject({
      setGroupPicture: true,
    });
    expect((await api.post('removeGroupParticipant', { groupId, participantChatId: member })).json).toEqual({
      removeParticipant: true,
    });
    expect((await api.post('leaveGroup', { groupId })).json).toEqual({ leaveGroup: true });
    expect((await api.post('updateGroupName', { groupId, groupName: 'Again' })).json).toEqual({
      updateGroupName: false,
    });
    expect((await api.post('addGroupParticipant', { groupId, participantChatId: member })).json).toEqual({
      addParticipant: false,
    });
    const contacts = (await api.get('getContacts')).json as Array<{ type: string }>;
    expect(contacts.some((contact) => contact.type === 'group')).toBe(true);
  });

  it('answers false flags for unknown groups and validates ids', async () => {
    const groupId = '120363000000000999@g.us';
    expect((await api.post('updateGroupName', { groupId, groupName: 'x' })).json).toEqual({
      updateGroupName: false,
    });
    expect((await api.post('getGroupData', { groupId })).json).toBe('Error: item-not-found');
    expect((await api.post('leaveGroup', { groupId: 'not-a-group' })).status).toBe(400);
    expect((await api.post('createGroup', { groupName: 'x', chatIds: [] })).status).toBe(400);
  });
});
