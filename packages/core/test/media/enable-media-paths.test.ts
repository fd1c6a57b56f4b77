import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resolveMediaPath, setMediaPathReader } from '../../src/adapter.js';
import { isMessengerError } from '../../src/index.js';
import { enableMediaPaths } from '../../src/node.js';

// Issue 15, item 5: `{ path }` sources are read only inside a configured root, with a size cap, and
// every failure is a MessengerError.

let folder: string;
let root: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'switchboard-media-paths-'));
  root = join(folder, 'uploads');
  await mkdir(join(root, 'nested'), { recursive: true });
  await writeFile(join(root, 'photo.jpg'), 'jpeg bytes');
  await writeFile(join(root, 'nested', 'big.bin'), new Uint8Array(2048));
  await writeFile(join(folder, 'outside.txt'), 'not for upload');
  await symlink(join(folder, 'outside.txt'), join(root, 'escape.txt'));
});
afterEach(() => setMediaPathReader(undefined));
afterAll(() => rm(folder, { recursive: true, force: true }));

async function failureOf(path: string) {
  try {
    await resolveMediaPath({ path, fileName: 'file' });
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('enableMediaPaths', () => {
  it('requires a root', () => {
    expect(() => (enableMediaPaths as unknown as () => void)()).toThrow(
      expect.objectContaining({ code: 'invalid-request', message: expect.stringContaining('root') }),
    );
  });

  it('reads a file under the root, by relative or absolute path', async () => {
    enableMediaPaths({ root });
    const relative = await resolveMediaPath({ path: 'photo.jpg', fileName: 'photo.jpg' });
    const absolute = await resolveMediaPath({ path: join(root, 'photo.jpg'), fileName: 'photo.jpg' });
    expect(new TextDecoder().decode(relative.data as Uint8Array)).toBe('jpeg bytes');
    expect(absolute.data).toEqual(relative.data);
  });

  it.each([
    ['an absolute path elsewhere', '/etc/passwd'],
    ['a climb out of the root', '../outside.txt'],
    ['a symbolic link out of the root', 'escape.txt'],
    ['the root itself', '.'],
  ])('refuses %s with invalid-request', async (_label, path) => {
    enableMediaPaths({ root });
    const error = await failureOf(path);
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
  });

  it('refuses a file over maxFileBytes', async () => {
    enableMediaPaths({ root, maxFileBytes: 1024 });
    const error = await failureOf('nested/big.bin');
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect((error as Error).message).toContain('1024');
  });

  it('turns a missing file into not-found, naming no path', async () => {
    enableMediaPaths({ root });
    const error = await failureOf('missing.jpg');
    expect(isMessengerError(error, 'not-found')).toBe(true);
    expect((error as Error).message).not.toContain(folder);
  });

  it('turns a missing root into not-found', async () => {
    enableMediaPaths({ root: join(folder, 'no-such-root') });
    expect(isMessengerError(await failureOf('photo.jpg'), 'not-found')).toBe(true);
  });

  it('turns any other reader failure into a MessengerError', async () => {
    setMediaPathReader(async () => {
      throw new Error('EACCES');
    });
    expect(isMessengerError(await failureOf('photo.jpg'), 'invalid-request')).toBe(true);
  });
});
