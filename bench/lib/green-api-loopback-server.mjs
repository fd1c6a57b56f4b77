import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const sendMessagePath = /^\/waInstance\d+\/sendMessage\/[^/]+$/;

/**
 * Starts a GREEN-API-shaped HTTP server on 127.0.0.1 in a child process (so its work does not count
 * against the client being measured). `POST /waInstance{id}/sendMessage/{token}` answers
 * `{"idMessage":"…"}`; anything else answers 404 and is counted as unexpected.
 *
 * @example
 * const server = await startGreenApiLoopbackServer();
 * await fetch(`${server.url}/waInstance1101000001/sendMessage/token`, { method: 'POST', body: '{}' });
 * console.log(await server.stats()); // { sends: 1, unexpected: [] }
 * await server.close();
 */
export async function startGreenApiLoopbackServer() {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise((resolve, reject) => {
    child.once('message', (message) => resolve(message.port));
    child.once('error', reject);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stats: () =>
      new Promise((resolve) => {
        child.once('message', resolve);
        child.send('stats');
      }),
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

function serve() {
  let sends = 0;
  const unexpected = new Map();
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      if (request.method === 'POST' && sendMessagePath.test(request.url ?? '')) {
        sends += 1;
        const body = `{"idMessage":"BAE5${sends.toString(16).toUpperCase().padStart(12, '0')}"}`;
        response.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        });
        response.end(body);
        return;
      }
      const key = `${request.method} ${(request.url ?? '').replace(/\/[^/]*$/, '/…')}`;
      unexpected.set(key, (unexpected.get(key) ?? 0) + 1);
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('message', () => process.send({ sends, unexpected: [...unexpected] }));
  process.on('disconnect', () => process.exit(0));
}

if (process.argv.includes('--serve')) serve();
