import type { IdentifierFactory } from '../shared/index.js';
import type { SdkwaInstance } from './sdkwa-instance.js';
import type { SdkwaInstanceRegistry } from './sdkwa-instance-registry.js';

const monthlyPrices: Record<string, number> = { DEVELOPER: 0, BUSINESS: 12, UNLIMITED: 24 };
const periodMonths: Record<string, number> = { day1: 1 / 30, month1: 1, month3: 3, month6: 6, month12: 12 };
const neverDeleted = '0001-01-01T00:00:00';

/**
 * An order of `createByOrder` / `extendByOrder` (OpenAPI order object plus, for creation, the Postman
 * `idInstance` + `apiTokenInstance`).
 *
 * @example
 * account.orders[0]?.typeOrder; // 'CREATE_INSTANCE'
 */
export interface SdkwaOrder {
  /** The order's id. */
  id: string;
  /** The human-facing order number. */
  orderNumber: number;
  /** ISO 8601 time of the order. */
  orderDate: string;
  /** The amount to pay (SDKWA's spelling). */
  paySumm: number;
  /** The order's total before discounts. */
  sum: number;
  /** ISO 4217 code, e.g. `RUB`. */
  currency: string;
  /** The plan ordered. */
  tariff: {
    /** `DEVELOPER`, `BUSINESS`, `UNLIMITED`, … */
    name: string;
    /** Price per month in the order's currency. */
    monthlyPrice: number;
  };
  /** How long it is paid for: `infinitely`, `day1`, `month1`, … */
  period: string;
  /** Who placed the order. */
  user: {
    /** The user's id. */
    id: string;
    /** The user's e-mail. */
    email: string;
  };
  /** The instance created or extended. */
  idInstance: number;
  /** The new instance's token; absent on an extension. */
  apiTokenInstance?: string;
  /** Whether the order creates an instance or extends one. */
  typeOrder: 'CREATE_INSTANCE' | 'EXTEND_INSTANCE';
  /** Where the user pays; the emulator confirms without payment. */
  paymentURL: string;
  /** Whether it is paid and the instance exists. */
  isConfirmed: boolean;
}

/**
 * A user-API failure: `invalid` → HTTP 400 `{result:false, error:"Invalid parameters"}` (OpenAPI);
 * `code` → HTTP 200 `{result:false, data:{}, error:{code, description}}` (Postman) [C].
 */
export type SdkwaUserFailure = { kind: 'invalid' } | { kind: 'code'; code: number; description: string };

/** The emulated SDKWA user (cabinet account): credentials, balance, orders and instance lifecycle. */
export class SdkwaUserAccount {
  readonly userId: string;
  readonly userToken: string;
  readonly email: string;
  balance: number;
  readonly orders: SdkwaOrder[] = [];
  readonly #registry: SdkwaInstanceRegistry;
  readonly #ids: IdentifierFactory;
  readonly #idFormat: 'number' | 'string';

  constructor(init: {
    userId: string;
    userToken: string;
    email: string;
    balance: number;
    registry: SdkwaInstanceRegistry;
    ids: IdentifierFactory;
    idFormat: 'number' | 'string';
  }) {
    this.userId = init.userId;
    this.userToken = init.userToken;
    this.email = init.email;
    this.balance = init.balance;
    this.#registry = init.registry;
    this.#ids = init.ids;
    this.#idFormat = init.idFormat;
  }

  /** Every instance of the user (deleted ones included). */
  all(): SdkwaInstance[] {
    return this.#registry.all();
  }

  /** The `instances/list` item of an instance. */
  describe(instance: SdkwaInstance): Record<string, unknown> {
    const { account } = instance;
    return {
      idInstance: this.#idFormat === 'string' ? String(instance.idInstance) : instance.idInstance,
      apiTokenInstance: instance.apiTokenInstance,
      typeInstance: instance.network,
      timeCreated: account.timeCreated,
      timeDeleted: account.timeDeleted ?? neverDeleted,
      deleted: account.deleted,
      tariff: account.tariff,
      expirationDate: account.expirationDate,
      isExpired: account.expirationDate !== null && Date.parse(account.expirationDate) < Date.now(),
      name: account.name,
      typeAccount: instance.settings.typeAccount,
      releaseType: account.releaseType,
      partnerUserUiid: this.userId,
      emailUser: this.email,
    };
  }

  /** Creates (no `idInstance`) or extends an instance through a paid order. */
  order(body: Record<string, unknown>, idInstance?: number): SdkwaOrder | SdkwaUserFailure {
    const tariff = typeof body.tariff === 'string' ? body.tariff.toUpperCase() : '';
    const period = typeof body.period === 'string' ? body.period : '';
    const monthlyPrice = monthlyPrices[tariff];
    const months = period === 'infinitely' && monthlyPrice === 0 ? 0 : periodMonths[period];
    if (monthlyPrice === undefined || months === undefined) return { kind: 'invalid' };
    const existing = idInstance === undefined ? undefined : this.#registry.get(idInstance);
    if (idInstance !== undefined && (existing === undefined || existing.account.deleted)) {
      return { kind: 'code', code: 404, description: 'Not found' };
    }
    const price = Math.round(monthlyPrice * months * 100) / 100;
    if (price > this.balance) return { kind: 'code', code: 464, description: 'Not enough balance' };
    this.balance -= price;
    const instance = existing ?? this.#createInstance(body, tariff);
    this.#extend(instance, months);
    instance.account.tariff = tariff;
    const order: SdkwaOrder = {
      id: this.#uuid(),
      orderNumber: this.orders.length + 1,
      orderDate: new Date().toISOString(),
      paySumm: price,
      sum: price,
      currency: 'USD',
      tariff: { name: tariff, monthlyPrice },
      period,
      user: { id: this.userId, email: this.email },
      idInstance: instance.idInstance,
      typeOrder: existing === undefined ? 'CREATE_INSTANCE' : 'EXTEND_INSTANCE',
      paymentURL: '',
      isConfirmed: true,
    };
    if (existing === undefined) order.apiTokenInstance = instance.apiTokenInstance;
    this.orders.push(order);
    return order;
  }

  /** Marks an instance deleted (`true`) or restores it (`false`); `false` result when not applicable. */
  setDeleted(idInstance: number, deleted: boolean): boolean {
    const instance = this.#registry.get(idInstance);
    if (instance === undefined || instance.account.deleted === deleted) return false;
    instance.account.deleted = deleted;
    instance.account.timeDeleted = deleted ? new Date().toISOString() : null;
    return true;
  }

  #createInstance(body: Record<string, unknown>, tariff: string): SdkwaInstance {
    const typeAccount = typeof body.typeAccount === 'string' ? body.typeAccount.toUpperCase() : 'WA_DESKTOP';
    const telegram = typeAccount.startsWith('TG') || body.typeInstance === 'telegram';
    return this.#registry.create({
      network: telegram ? 'telegram' : 'whatsapp',
      state: 'notAuthorized',
      settings: { typeAccount: telegram && !typeAccount.startsWith('TG') ? 'TG_DESKTOP' : typeAccount },
      account: { tariff, name: typeof body.name === 'string' ? body.name : '' },
    });
  }

  #extend(instance: SdkwaInstance, months: number): void {
    if (months === 0) {
      instance.account.expirationDate = null;
      return;
    }
    const current =
      instance.account.expirationDate === null ? Date.now() : Date.parse(instance.account.expirationDate);
    const start = Math.max(current, Date.now());
    instance.account.expirationDate = new Date(start + months * 30 * 24 * 3600 * 1000).toISOString();
  }

  #uuid(): string {
    const hex = (length: number) => this.#ids.hex(length).toLowerCase();
    return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  }
}
