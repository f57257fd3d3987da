import { createConnection, createServer, type Server, type Socket } from "node:net";

// A TCP relay in front of the test PostgreSQL: the app connects through it, and
// the test cuts it to play "the database went away" without touching the shared
// server. Listens on 127.0.0.1 only; stopped by the test that started it.

export interface TcpRelay {
  port: number;
  /** Closes the listener and every open connection: new connections are refused. */
  cut(): Promise<void>;
}

export async function startTcpRelay(listenPort: number, target: { host: string; port: number }): Promise<TcpRelay> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = createConnection(target);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(listenPort, "127.0.0.1", () => resolve());
  });
  return {
    port: listenPort,
    cut: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
