import { request as httpRequest } from 'node:http';

/** The GREEN-API instance, chat and text every send uses. */
export const sendTarget = {
  idInstance: '1101000001',
  apiTokenInstance: 'd75b3a66374942c5b3c019c698abc2067e151558acbd412345',
  chatId: '79001234567@c.us',
  message: 'Hello from the benchmark',
};

/** The sendMessage path (no leading slash). */
export const sendPath = `waInstance${sendTarget.idInstance}/sendMessage/${sendTarget.apiTokenInstance}`;

const sendBody = () => JSON.stringify({ chatId: sendTarget.chatId, message: sendTarget.message });

/**
 * Checks a sendMessage answer, so a broken client fails instead of producing a number.
 *
 * @example
 * expectIdMessage({ idMessage: 'BAE5…' });
 */
export function expectIdMessage(body) {
  if (typeof body?.idMessage !== 'string') throw new Error(`unexpected answer ${JSON.stringify(body)}`);
  return body;
}

/**
 * One send with `node:http` and the given agent: the floor.
 *
 * @example
 * const send = createNodeHttpSend(server.url, new Agent({ keepAlive: true }));
 * await send();
 */
export function createNodeHttpSend(url, agent) {
  const target = new URL(`/${sendPath}`, url);
  return () =>
    new Promise((resolve, reject) => {
      const body = sendBody();
      const request = httpRequest(
        target,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => {
            try {
              resolve(expectIdMessage(JSON.parse(Buffer.concat(chunks).toString())));
            } catch (error) {
              reject(error);
            }
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
}

/**
 * One send with a fetch-compatible function.
 *
 * @example
 * const send = fetchSend(server.url, globalThis.fetch);
 */
export function fetchSend(url, fetchFunction) {
  const target = `${url}/${sendPath}`;
  return async () =>
    expectIdMessage(
      await (
        await fetchFunction(target, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: sendBody(),
        })
      ).json(),
    );
}

/**
 * One send through core's HTTP transport (no schema).
 *
 * @example
 * const send = transportSend(createHttpTransport({ provider: 'green-api', baseUrl: server.url }));
 */
export function transportSend(transport) {
  return async () =>
    expectIdMessage(
      await transport.request({
        method: 'POST',
        path: sendPath,
        json: { chatId: sendTarget.chatId, message: sendTarget.message },
      }),
    );
}
