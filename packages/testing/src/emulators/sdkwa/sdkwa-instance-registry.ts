import type { SdkwaEmulatorContext } from './sdkwa-emulator-context.js';
import { SdkwaInstance, type SdkwaInstanceAccount } from './sdkwa-instance.js';
import { defaultSdkwaSettings, type SdkwaSettings } from './sdkwa-settings.js';
import type { SdkwaNetwork, SdkwaStateInstance } from './sdkwa-types.js';

/**
 * How to create an instance; everything is optional.
 *
 * @example
 * const seed: SdkwaInstanceSeed = { network: 'telegram', state: 'notAuthorized' };
 */
export interface SdkwaInstanceSeed {
  /** Default: the next id of the `1101000001…` pool. */
  idInstance?: number;
  /** Default: 50 random lower-case hex characters. */
  apiTokenInstance?: string;
  /** Default `whatsapp`. */
  network?: SdkwaNetwork;
  /** Default `authorized`. */
  state?: SdkwaStateInstance;
  /** The instance's own number; default a generated `7999…` number. */
  phone?: string;
  /** Profile name used as `senderName` of its outgoing messages. */
  profileName?: string;
  /** Settings differing from the defaults. */
  settings?: Partial<SdkwaSettings>;
  /** Account fields (`getInstance`) differing from the defaults. */
  account?: Partial<SdkwaInstanceAccount>;
}

/** All instances of an emulator, by id and by token. */
export class SdkwaInstanceRegistry {
  readonly #byId = new Map<string, SdkwaInstance>();
  readonly #byToken = new Map<string, SdkwaInstance>();
  readonly #context: SdkwaEmulatorContext;
  readonly #sendDelayMilliseconds: number;
  #nextId = 1101000001;

  constructor(context: SdkwaEmulatorContext, sendDelayMilliseconds: number) {
    this.#context = context;
    this.#sendDelayMilliseconds = sendDelayMilliseconds;
  }

  /** Creates and registers an instance. */
  create(seed: SdkwaInstanceSeed = {}): SdkwaInstance {
    const { ids } = this.#context;
    let idInstance = seed.idInstance ?? this.#nextId;
    while (seed.idInstance === undefined && this.#byId.has(String(idInstance))) idInstance += 1;
    if (this.#byId.has(String(idInstance))) throw new Error(`Instance ${idInstance} already exists`);
    this.#nextId = Math.max(this.#nextId, idInstance + 1);
    const network = seed.network ?? 'whatsapp';
    const instance = new SdkwaInstance(
      {
        idInstance,
        apiTokenInstance: seed.apiTokenInstance ?? ids.hex(50).toLowerCase(),
        network,
        phone: seed.phone ?? `7999${ids.numeric(7)}`,
        state: seed.state ?? 'authorized',
        settings: { ...defaultSdkwaSettings(network, this.#sendDelayMilliseconds), ...seed.settings },
        account: seed.account ?? {},
      },
      this.#context,
    );
    instance.profile.name = seed.profileName ?? `Instance ${idInstance}`;
    this.#byId.set(String(idInstance), instance);
    this.#byToken.set(instance.apiTokenInstance, instance);
    return instance;
  }

  /** An instance by id (string or number). */
  get(idInstance: string | number): SdkwaInstance | undefined {
    return this.#byId.get(String(idInstance));
  }

  /** The instance a token belongs to. */
  byToken(token: string): SdkwaInstance | undefined {
    return this.#byToken.get(token);
  }

  /** Every instance, in creation order. */
  all(): SdkwaInstance[] {
    return [...this.#byId.values()];
  }

  /** Closes every instance (timers, long-polls). */
  close(): void {
    for (const instance of this.#byId.values()) instance.close();
  }
}
