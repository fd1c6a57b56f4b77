import { connect, createServer, type Socket } from 'node:net';

/**
 * A TCP forwarder on 127.0.0.1 in front of a Redis server, to cut a client off and let it back in.
 *
 * @example
 * ```ts
 * const forwarder = await startTcpForwarder(server.url);
 * await forwarder.interrupt(); // connections reset, new ones refused
 * await forwarder.restore();
 * ```
 */
export interface TcpForwarder {
  /** `redis://127.0.0.1:<forwarder port>` */
  url: string;
  /** Resets every forwarded connection and refuses new ones. */
  interrupt(): Promise<void>;
  /** Accepts connections again on the same port. */
  restore(): Promise<void>;
  /** Interrupts for good. */
  close(): Promise<void>;
}

/**
 * Starts a {@link TcpForwarder} to the host and port of `targetUrl`.
 *
 * @example
 * ```ts
 * const forwarder = await startTcpForwarder('redis://127.0.0.1:6379');
 * const store = createRedisIdempotencyStore({ url: forwarder.url });
 * ```
 */
export async function startTcpForwarder(targetUrl: string): Promise<TcpForwarder> {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  };
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    track(client);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listen(0);
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the forwarder has no port');
  const interrupt = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };
  return {
    url: `redis://127.0.0.1:${address.port}`,
    interrupt,
    restore: () => listen(address.port),
    close: () => (server.listening ? interrupt() : Promise.resolve()),
  };
}
