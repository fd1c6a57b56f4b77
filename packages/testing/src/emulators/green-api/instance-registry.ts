import { hexId } from '../shared/index.js';
import type { GreenApiEmulatorTimings, GreenApiInstanceOptions } from './green-api-emulator-options.js';
import { GreenApiInstance } from './green-api-instance.js';
import type {
  GreenApiStateInstance,
  GreenApiTypeInstance,
  GreenApiWritableSettings,
} from './green-api-types.js';
import { defaultGreenApiSettings, parseSettingsPatch } from './instance-settings.js';

/**
 * Credentials and URLs of one emulated instance, as handed to clients.
 *
 * @example
 * const { apiUrl, idInstance, apiTokenInstance } = emulator.instances[0]!;
 */
export interface GreenApiEmulatorInstance {
  /** 7103… WhatsApp, 4100… Telegram, 3100… MAX. */
  idInstance: number;
  /** The token every API URL of this instance ends with. */
  apiTokenInstance: string;
  /** The messenger: `whatsapp`, `telegram`, or `v3` for MAX. */
  typeInstance: GreenApiTypeInstance;
  /** Base URL for instance methods (MAX: with the `/v3` prefix). */
  apiUrl: string;
  /** Base URL for `sendFileByUpload` / `uploadFile`. */
  mediaUrl: string;
}

/** Construction parameters of {@link InstanceRegistry}. */
export interface InstanceRegistryInit {
  timings: GreenApiEmulatorTimings;
  random: () => number;
  defaultState: GreenApiStateInstance;
  defaultSettings: GreenApiWritableSettings;
  urls: () => { url: string; mediaUrl: string };
}

const idPrefixes: Record<GreenApiTypeInstance, string> = { whatsapp: '1101', telegram: '4100', v3: '3100' };

/** All instances of an emulator, by id; creates them with messenger-prefixed ids and 50-hex tokens. */
export class InstanceRegistry {
  readonly #instances = new Map<number, GreenApiInstance>();
  readonly #init: InstanceRegistryInit;

  constructor(init: InstanceRegistryInit) {
    this.#init = init;
  }

  /** Creates and registers an instance. */
  create(options: GreenApiInstanceOptions = {}): GreenApiInstance {
    const typeInstance = options.typeInstance ?? 'whatsapp';
    const idInstance = options.idInstance ?? this.#newId(typeInstance);
    if (this.#instances.has(idInstance))
      throw new Error(`GREEN-API emulator: instance ${idInstance} already exists`);
    const settings = {
      ...defaultGreenApiSettings(),
      ...parseSettingsPatch({ ...this.#init.defaultSettings }),
      ...parseSettingsPatch({ ...options.settings }),
    };
    const instance = new GreenApiInstance({
      idInstance,
      apiTokenInstance: options.apiTokenInstance ?? hexId(50, this.#init.random).toLowerCase(),
      typeInstance,
      state: options.state ?? this.#init.defaultState,
      phone: options.phone ?? `7${this.#digits(10)}`,
      name: options.name ?? 'Me',
      settings,
      twoFactorPassword: options.twoFactorPassword,
      timings: this.#init.timings,
      random: this.#init.random,
    });
    this.#instances.set(idInstance, instance);
    return instance;
  }

  /** An instance by id. */
  get(idInstance: number): GreenApiInstance | undefined {
    return this.#instances.get(idInstance);
  }

  /** An instance by id, or an error naming it. */
  require(idInstance: number): GreenApiInstance {
    const instance = this.#instances.get(idInstance);
    if (instance === undefined) throw new Error(`GREEN-API emulator: unknown instance ${idInstance}`);
    return instance;
  }

  /** Every instance, deleted ones included, in creation order. */
  list(): GreenApiInstance[] {
    return [...this.#instances.values()];
  }

  /** Credentials and URLs of an instance for clients. */
  describe(instance: GreenApiInstance): GreenApiEmulatorInstance {
    const { url, mediaUrl } = this.#init.urls();
    const suffix = instance.typeInstance === 'v3' ? '/v3' : '';
    return {
      idInstance: instance.idInstance,
      apiTokenInstance: instance.apiTokenInstance,
      typeInstance: instance.typeInstance,
      apiUrl: `${url}${suffix}`,
      mediaUrl: `${mediaUrl}${suffix}`,
    };
  }

  /** Closes every instance. */
  close(): void {
    for (const instance of this.#instances.values()) instance.close();
  }

  #digits(count: number): string {
    let result = '';
    for (let index = 0; index < count; index += 1) result += String(Math.floor(this.#init.random() * 10));
    return result;
  }

  #newId(typeInstance: GreenApiTypeInstance): number {
    for (;;) {
      const candidate = Number(`${idPrefixes[typeInstance]}${this.#digits(6)}`);
      if (!this.#instances.has(candidate)) return candidate;
    }
  }
}
