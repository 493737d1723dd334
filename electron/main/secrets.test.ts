import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSecretStore, type SafeStorageLike } from './secrets.ts';

/** A reversible stand-in for safeStorage: "encrypts" by reversing and prefixing. */
function fakeSafeStorage(overrides: Partial<SafeStorageLike> = {}) {
  return {
    isAsyncEncryptionAvailable: vi.fn(() => Promise.resolve(true)),
    encryptStringAsync: vi.fn((text: string) =>
      Promise.resolve(Buffer.from(`v1:${[...text].reverse().join('')}`)),
    ),
    decryptStringAsync: vi.fn((data: Buffer) => {
      const text = data.toString();
      if (!text.startsWith('v1:')) return Promise.reject(new Error('Error while decrypting the ciphertext'));
      return Promise.resolve({ result: [...text.slice(3)].reverse().join(''), shouldReEncrypt: false });
    }),
    getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
    ...overrides,
  };
}

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slotboard-secrets-'));
  file = join(dir, 'secrets.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('secret store', () => {
  it('round-trips a secret, storing only ciphertext', async () => {
    const store = createSecretStore(file, fakeSafeStorage(), 'linux');
    expect(await store.get('adserver.token')).toEqual({ value: null });
    expect(await store.set('adserver.token', 's3cr3t-T0KEN')).toEqual({});
    expect(await store.get('adserver.token')).toEqual({ value: 's3cr3t-T0KEN' });

    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain('s3cr3t-T0KEN');
    const stored = JSON.parse(onDisk) as { version: number; secrets: Record<string, unknown> };
    expect(stored.version).toBe(1);
    expect(typeof stored.secrets['adserver.token']).toBe('string');
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);

    // A new store on the same file (the next launch) reads it back.
    expect(await createSecretStore(file, fakeSafeStorage(), 'linux').get('adserver.token')).toEqual({
      value: 's3cr3t-T0KEN',
    });
  });

  it('deletes secrets', async () => {
    const store = createSecretStore(file, fakeSafeStorage(), 'darwin');
    await store.set('a', '1');
    await store.set('b', '2');
    expect(await store.delete('a')).toEqual({ deleted: true });
    expect(await store.delete('a')).toEqual({ deleted: false });
    expect(await store.get('a')).toEqual({ value: null });
    expect(await store.get('b')).toEqual({ value: '2' });
  });

  it('keeps every one of several quick writes', async () => {
    const store = createSecretStore(file, fakeSafeStorage(), 'darwin');
    await Promise.all(['a', 'b', 'c', 'd'].map((key) => store.set(key, key.toUpperCase())));
    for (const key of ['a', 'b', 'c', 'd']) expect((await store.get(key)).value).toBe(key.toUpperCase());
  });

  it('fails with a clear error when encryption is unavailable, and writes nothing', async () => {
    const storage = fakeSafeStorage({ isAsyncEncryptionAvailable: () => Promise.resolve(false) });
    const store = createSecretStore(file, storage, 'linux');
    await expect(store.set('token', 'x')).rejects.toThrow(
      /^\[secret_storage_unavailable\] secure storage is not available/,
    );
    await expect(store.get('token')).rejects.toThrow(/\[secret_storage_unavailable\]/);
    expect(storage.encryptStringAsync).not.toHaveBeenCalled();
    await expect(readFile(file)).rejects.toThrow(/ENOENT/);
  });

  it('warns when Linux has no keyring (basic_text backend)', async () => {
    const weak = fakeSafeStorage({ getSelectedStorageBackend: () => 'basic_text' });
    const store = createSecretStore(file, weak, 'linux');
    expect(await store.set('token', 'x')).toEqual({ warning: 'weak_encryption' });
    expect(await store.get('token')).toEqual({ value: 'x', warning: 'weak_encryption' });
    // The backend only means something on Linux.
    expect(await createSecretStore(file, weak, 'win32').get('token')).toEqual({ value: 'x' });
  });

  it('reports a secret it cannot decrypt', async () => {
    await writeFile(
      file,
      JSON.stringify({ version: 1, secrets: { token: Buffer.from('garbage').toString('base64') } }),
    );
    await expect(createSecretStore(file, fakeSafeStorage(), 'darwin').get('token')).rejects.toThrow(
      /^\[secret_unreadable\]/,
    );
  });

  it('re-encrypts a secret when the OS asks for it', async () => {
    const storage = fakeSafeStorage();
    const store = createSecretStore(file, storage, 'darwin');
    await store.set('token', 'abc');
    vi.mocked(storage.decryptStringAsync).mockResolvedValueOnce({ result: 'abc', shouldReEncrypt: true });
    expect(await store.get('token')).toEqual({ value: 'abc' });
    expect(storage.encryptStringAsync).toHaveBeenCalledTimes(2);
  });

  it('starts from an empty store when the file is corrupt', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeFile(file, '{oops');
    const store = createSecretStore(file, fakeSafeStorage(), 'darwin');
    expect(await store.get('token')).toEqual({ value: null });
    await store.set('token', 'fresh');
    expect(await store.get('token')).toEqual({ value: 'fresh' });
  });
});
