/**
 * Secrets (API tokens…) encrypted with Electron's safeStorage (Keychain, DPAPI, libsecret/kwallet)
 * and kept as base64 ciphertext in userData/secrets.json. The plaintext never touches the disk.
 *
 * Uses the asynchronous safeStorage API (the synchronous one is deprecated in Electron 45).
 * On Linux without a keyring the backend is `basic_text`: the key is a hard-coded password, so
 * every answer then carries `warning: 'weak_encryption'` for the UI to show.
 */
import { chmod, readFile, rename, writeFile } from 'node:fs/promises';
import {
  formatIpcError,
  type SecretDeleteResult,
  type SecretGetResult,
  type SecretSetResult,
  type SecretWarning,
} from '@shared/ipc/contract.ts';

/** The part of Electron's `safeStorage` used here. */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  getSelectedStorageBackend(): string;
}

export interface SecretStore {
  get(key: string): Promise<SecretGetResult>;
  set(key: string, value: string): Promise<SecretSetResult>;
  delete(key: string): Promise<SecretDeleteResult>;
}

interface SecretFile {
  version: 1;
  /** key → base64 ciphertext */
  secrets: Record<string, string>;
}

export function createSecretStore(
  file: string,
  safeStorage: SafeStorageLike,
  platform: string = process.platform,
): SecretStore {
  // Writes are serialised so two quick `set`s never lose one another.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function ensureAvailable(): Promise<{ warning?: SecretWarning }> {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) {
      throw new Error(
        formatIpcError(
          'secret_storage_unavailable',
          'secure storage is not available on this system (no OS keychain), so secrets cannot be stored or read',
        ),
      );
    }
    return platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'
      ? { warning: 'weak_encryption' }
      : {};
  }

  async function load(): Promise<SecretFile> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return { version: 1, secrets: {} };
    }
    try {
      const json = JSON.parse(text) as Partial<SecretFile> | null;
      const secrets = json && typeof json.secrets === 'object' && json.secrets !== null ? json.secrets : {};
      return {
        version: 1,
        secrets: Object.fromEntries(Object.entries(secrets).filter(([, v]) => typeof v === 'string')),
      };
    } catch {
      console.warn(`[secrets] ${file} is not valid JSON; starting from an empty store`);
      return { version: 1, secrets: {} };
    }
  }

  async function save(data: SecretFile): Promise<void> {
    const temporary = `${file}.tmp`;
    await writeFile(temporary, `${JSON.stringify(data, null, 2)}\n`, { encoding: 'utf8', mode: 0o600 });
    await chmod(temporary, 0o600).catch(() => undefined);
    await rename(temporary, file);
  }

  return {
    get: (key) =>
      serial(async () => {
        const status = await ensureAvailable();
        const data = await load();
        const stored = Object.hasOwn(data.secrets, key) ? data.secrets[key] : undefined;
        if (stored === undefined) return { value: null, ...status };
        let decrypted: { result: string; shouldReEncrypt: boolean };
        try {
          decrypted = await safeStorage.decryptStringAsync(Buffer.from(stored, 'base64'));
        } catch {
          throw new Error(
            formatIpcError(
              'secret_unreadable',
              `the secret "${key}" cannot be decrypted (was the OS keychain reset?); set it again`,
            ),
          );
        }
        if (decrypted.shouldReEncrypt) {
          // The OS rotated the key or offers a better one: store it again under the new one.
          data.secrets[key] = (await safeStorage.encryptStringAsync(decrypted.result)).toString('base64');
          await save(data);
        }
        return { value: decrypted.result, ...status };
      }),
    set: (key, value) =>
      serial(async () => {
        const status = await ensureAvailable();
        const encrypted = await safeStorage.encryptStringAsync(value);
        const data = await load();
        data.secrets[key] = encrypted.toString('base64');
        await save(data);
        return status;
      }),
    delete: (key) =>
      serial(async () => {
        const data = await load();
        if (!Object.hasOwn(data.secrets, key)) return { deleted: false };
        delete data.secrets[key];
        await save(data);
        return { deleted: true };
      }),
  };
}
