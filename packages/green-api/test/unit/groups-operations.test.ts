import { describe, expect, it } from 'vitest';
import { apiHost, messengerFor, methodPath, useNock } from '../support/nock-helpers.js';

useNock();

const setups = {
  whatsapp: { field: 'groupId', groupId: '120363043968066561@g.us', member: '79001234567@c.us' },
  telegram: { field: 'chatId', groupId: '-10000000000000', member: '20000000' },
  max: { field: 'chatId', groupId: '-10000000000000', member: '20000000' },
} as const;

describe.each(Object.keys(setups) as Array<keyof typeof setups>)('groups on %s', (network) => {
  const { field, groupId, member } = setups[network];
  const group = { [field]: groupId };

  it('creates a group', async () => {
    apiHost(network)
      .post(methodPath(network, 'createGroup'), { groupName: 'Team', chatIds: [member] })
      .reply(200, { created: true, chatId: groupId, groupInviteLink: 'https://invite.example/x' });
    await expect(
      messengerFor(network).groups.create({ name: 'Team', participants: [member] }),
    ).resolves.toMatchObject({
      id: groupId,
      inviteLink: 'https://invite.example/x',
    });
  });

  it('reads group data with the network field name', async () => {
    const participants =
      network === 'whatsapp'
        ? [{ id: member, lid: '123456789012345@lid', isAdmin: true, isSuperAdmin: true }]
        : [{ chatId: member, isAdmin: true, isSuperAdmin: false }];
    apiHost(network)
      .post(methodPath(network, 'getGroupData'), group)
      .reply(200, { ...group, owner: member, subject: 'Team', creation: 1700000000, size: 1, participants });
    const info = await messengerFor(network).group(groupId).info();
    expect(info).toMatchObject({
      id: groupId,
      name: 'Team',
      owner: member,
      createdAt: 1700000000000,
      size: 1,
    });
    expect(info.participants[0]).toMatchObject({ id: member, isAdmin: true });
    if (network === 'whatsapp') expect(info.participants[0]?.alternateId).toBe('123456789012345@lid');
  });

  it('maps the HTTP-200 "Error: item-not-found" to not-found', async () => {
    apiHost(network)
      .post(methodPath(network, 'getGroupData'), group)
      .reply(200, '"Error: item-not-found"', { 'content-type': 'application/json' });
    await expect(messengerFor(network).group(groupId).info()).rejects.toMatchObject({
      code: 'not-found',
      status: 200,
    });
  });

  it('renames, manages participants and admins, and leaves', async () => {
    const participant = { ...group, participantChatId: member };
    const scope = apiHost(network)
      .post(methodPath(network, 'updateGroupName'), { ...group, groupName: 'Team 2' })
      .reply(200, { updateGroupName: true })
      .post(methodPath(network, 'addGroupParticipant'), participant)
      .reply(200, { addParticipant: true })
      .post(methodPath(network, 'setGroupAdmin'), participant)
      .reply(200, { setGroupAdmin: true })
      .post(methodPath(network, 'removeAdmin'), participant)
      .reply(200, { removeAdmin: true })
      .post(methodPath(network, 'removeGroupParticipant'), participant)
      .reply(200, { removeParticipant: true })
      .post(methodPath(network, 'leaveGroup'), group)
      .reply(200, { leaveGroup: true });
    const opened = messengerFor(network).group(groupId);
    await opened.rename('Team 2');
    await opened.addParticipant(member);
    await opened.promote(member);
    await opened.demote(member);
    await opened.removeParticipant(member);
    await opened.leave();
    expect(scope.isDone()).toBe(true);
  });

  it('rejects a false confirmation', async () => {
    apiHost(network).post(methodPath(network, 'addGroupParticipant')).reply(200, { addParticipant: false });
    await expect(messengerFor(network).group(groupId).addParticipant(member)).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });

  it('sets the picture as multipart on the API host; false + reason rejects', async () => {
    const scope = apiHost(network)
      .post(
        methodPath(network, 'setGroupPicture'),
        (body: string) =>
          body.includes(`name="${field}"\r\n\r\n${groupId}`) && body.includes('filename="logo.jpg"'),
      )
      .reply(200, { setGroupPicture: true, urlAvatar: 'https://a', reason: null })
      .post(methodPath(network, 'setGroupPicture'))
      .reply(200, { setGroupPicture: false, urlAvatar: '', reason: 'bad image' });
    const opened = messengerFor(network).group(groupId);
    const picture = { data: new TextEncoder().encode('JPEG'), fileName: 'logo.jpg', mimeType: 'image/jpeg' };
    await opened.setPicture(picture);
    await expect(opened.setPicture(picture)).rejects.toMatchObject({
      code: 'invalid-request',
      message: /bad image/,
    });
    expect(scope.isDone()).toBe(true);
  });
});

it('a group picture must be uploaded, not a URL', async () => {
  await expect(
    messengerFor('whatsapp').group('g').setPicture({ url: 'https://a/b.jpg', fileName: 'b.jpg' }),
  ).rejects.toMatchObject({ code: 'invalid-request' });
});
