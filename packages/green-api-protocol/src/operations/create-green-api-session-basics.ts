import {
  createMessengerSettings,
  type MessengerSettings,
  type SessionOperations,
  type SessionState,
} from '@switchboard/core';
import { mapSessionState } from '../mappers/map-session-state.js';
import { mapSettingsFromGreenApi } from '../mappers/map-settings.js';
import type { GreenApiSettings, StateInstanceResponse } from '../schemas/account-schemas.js';

/**
 * The account methods GREEN-API and SDKWA clients share for the session basics; `Settings` is what the
 * gateway's `setSettings` takes.
 *
 * @example
 * ```ts
 * const client: GreenApiSessionClient<GreenApiWritableSettings> = messenger.raw;
 * ```
 */
export interface GreenApiSessionClient<Settings> {
  /** `getStateInstance`: the account's authorization state. */
  getStateInstance(): Promise<StateInstanceResponse>;
  /** `logout`: signs the account out. */
  logout(): Promise<unknown>;
  /** `reboot`: restarts the instance. */
  reboot(): Promise<unknown>;
  /** `getSettings`: the instance settings. */
  getSettings(): Promise<GreenApiSettings>;
  /** `setSettings`: changes the instance settings. */
  setSettings(settings: Settings): Promise<unknown>;
}

/**
 * The `messenger.session` operations that are the same on every GREEN-API-family gateway: getState
 * (`getStateInstance`; a `null` answer while the instance is created reads as `starting`), logout,
 * reboot, getSettings and updateSettings (`setSettings` with the core settings validated, then written
 * by `toProviderSettings`).
 *
 * @example
 * ```ts
 * const basics = createGreenApiSessionBasics(client, mapSettingsToGreenApi);
 * const session = { ...basics, confirmCode: async (code) => { await client.sendAuthorizationCode({ code }); return basics.getState(); } };
 * ```
 */
export function createGreenApiSessionBasics<Settings>(
  client: GreenApiSessionClient<Settings>,
  toProviderSettings: (settings: MessengerSettings) => Settings,
): Pick<SessionOperations, 'getState' | 'logout' | 'reboot' | 'getSettings' | 'updateSettings'> {
  const getState = async (): Promise<SessionState> => {
    const answer = await client.getStateInstance();
    return answer?.stateInstance === undefined ? 'starting' : mapSessionState(answer.stateInstance);
  };
  return {
    getState,
    logout: async () => {
      await client.logout();
    },
    reboot: async () => {
      await client.reboot();
    },
    getSettings: async () => mapSettingsFromGreenApi(await client.getSettings()),
    updateSettings: async (settings) => {
      await client.setSettings(toProviderSettings(createMessengerSettings(settings)));
    },
  };
}
