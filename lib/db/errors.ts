// The store's failures a person can act on. Each message is one line: the CLI and
// the server's start-up print it as it is, never with a stack trace.

/** The embedded store's folder is open in another process (PGlite is single-process). */
export class StoreHeldError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded store in ${dataDir} is held by a running server (pid ${pid}). ` +
        "Stop that server and run this again, or set DATABASE_URL so servers and this command share PostgreSQL.",
    );
    this.name = "StoreHeldError";
  }
}

/** The database cannot be reached or opened (PostgreSQL down, bad URL, unreadable folder). */
export class DatabaseUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseUnavailableError";
  }
}

/** A short, secret-free description of a driver error: its code and message, never the connection string. */
export function describeDriverError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const text = (error.message || error.name).replace(/postgres(?:ql)?:\/\/\S+/gi, "postgres://…");
  return typeof code === "string" && !text.includes(code) ? `${code}: ${text}` : text;
}
