import type { LoopbackHandler } from '../loopback-server.js';

/**
 * Wraps a loopback handler so that it remembers the client port of every request: the number of
 * distinct ports is the number of connections the client opened.
 *
 * @example
 * ```ts
 * const connections = countConnections((_recorded, response) => response.end('{}'));
 * server.reset(connections.handler);
 * connections.count(); // 1 after any number of keep-alive requests
 * ```
 */
export function countConnections(handler: LoopbackHandler): { handler: LoopbackHandler; count(): number } {
  const ports = new Set<number | undefined>();
  return {
    handler: (recorded, response, request) => {
      ports.add(request.socket.remotePort);
      return handler(recorded, response, request);
    },
    count: () => ports.size,
  };
}
