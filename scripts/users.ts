// `npm run users -- <command>`: manage the agents who can sign in, in the store
// (PostgreSQL with DATABASE_URL, else the embedded store in INBOX_DATA_DIR).
// Imports the store without "server-only" (that guard throws outside Next's server build).
import { readStoreConfig, type StoreConfig } from "../lib/config/env-store";
import { DatabaseUnavailableError, describeDriverError, StoreHeldError } from "../lib/db/errors";
import { openStore, type Store } from "../lib/db/open";
import {
  addUser,
  importUsersFile,
  listUsers,
  normalizeEmail,
  removeUser,
  setDisabled,
  UsersError,
} from "../lib/accounts/store";
import { recordCliAudit } from "../lib/audit/cli";

const USAGE = `Usage:
  npm run users -- add <email> --name <name> --password-stdin [--admin]
  npm run users -- remove <email>
  npm run users -- disable <email>
  npm run users -- enable <email>
  npm run users -- list
  npm run users -- import <users.json>

Accounts live in PostgreSQL when DATABASE_URL is set, else in the embedded store in
INBOX_DATA_DIR (default ./data; --data-dir overrides it), which only one process can
open: stop the server first, or use DATABASE_URL.
The password is read from standard input, e.g.: printf '%s\\n' "$PASSWORD" | npm run users -- add ...
import moves the accounts of a users.json written by an earlier version (INBOX_USERS_FILE),
password hashes included; e-mails already in the store are skipped.`;

class UsageError extends Error {}

interface Parsed {
  positionals: string[];
  flags: Map<string, string | true>;
}

const FLAGS_WITH_VALUE = new Set(["--name", "--file", "--data-dir"]);
const BOOLEAN_FLAGS = new Set(["--password-stdin", "--admin", "--help"]);

function parseArgs(argv: string[]): Parsed {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (FLAGS_WITH_VALUE.has(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${arg} needs a value.`);
      flags.set(arg, value);
    } else if (BOOLEAN_FLAGS.has(arg)) {
      flags.set(arg, true);
    } else if (arg.startsWith("--")) {
      throw new UsageError(`Unknown option ${arg}.`);
    } else {
      positionals.push(arg);
    }
  }
  return { positionals, flags };
}

async function readPasswordFromStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new UsageError("--password-stdin expects the password on standard input (pipe it in).");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const firstLine = Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  return firstLine;
}

function stringFlag(flags: Parsed["flags"], name: string): string | undefined {
  const value = flags.get(name);
  return typeof value === "string" ? value : undefined;
}

function oneEmail(command: string, rest: string[]): string {
  const [email] = rest;
  if (!email || rest.length > 1) throw new UsageError(`${command} needs exactly one e-mail address.`);
  return email;
}

function describeStore(config: StoreConfig): string {
  return config.databaseUrl ? "the database at DATABASE_URL" : `the embedded store in ${config.dataDir}`;
}

async function withStore<T>(config: StoreConfig, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(config);
  try {
    await store.migrate();
    return await run(store);
  } finally {
    await store.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const { positionals, flags } = parseArgs(argv);
  const [command, ...rest] = positionals;
  if (flags.has("--help") || command === "help") {
    console.log(USAGE);
    return;
  }
  if (flags.has("--file")) {
    throw new UsageError(
      "--file is gone: accounts now live in the store (DATABASE_URL or INBOX_DATA_DIR). " +
        "Move an accounts file into it with: npm run users -- import <users.json>",
    );
  }
  const dataDir = stringFlag(flags, "--data-dir");
  const config = readStoreConfig(dataDir ? { ...process.env, INBOX_DATA_DIR: dataDir } : process.env);
  const where = describeStore(config);

  switch (command) {
    case "add": {
      const email = oneEmail("add", rest);
      const name = stringFlag(flags, "--name");
      if (!name) throw new UsageError("add needs --name <name>.");
      if (!flags.has("--password-stdin"))
        throw new UsageError("add needs --password-stdin (passwords never go on the command line).");
      const password = await readPasswordFromStdin();
      const role = flags.has("--admin") ? "admin" : "agent";
      const user = await withStore(config, async (s) => {
        const added = await addUser(s.db, { email, name, password, role });
        await recordCliAudit(s.db, "agent.added", added.email, { role: added.role });
        return added;
      });
      console.log(`Added ${user.name} <${user.email}> (${user.role}) to ${where}.`);
      return;
    }
    case "remove": {
      const email = oneEmail("remove", rest);
      await withStore(config, async (s) => {
        await removeUser(s.db, email);
        await recordCliAudit(s.db, "agent.removed", normalizeEmail(email));
      });
      console.log(`Removed ${normalizeEmail(email)} from ${where}.`);
      return;
    }
    case "disable":
    case "enable": {
      const email = oneEmail(command, rest);
      await withStore(config, async (s) => {
        const agent = await setDisabled(s.db, email, command === "disable");
        await recordCliAudit(s.db, command === "disable" ? "agent.disabled" : "agent.enabled", agent.email);
      });
      console.log(
        command === "disable"
          ? `Disabled ${normalizeEmail(email)}: their sessions end at their next request.`
          : `Enabled ${normalizeEmail(email)}: they can sign in again.`,
      );
      return;
    }
    case "list": {
      const users = await withStore(config, (s) => listUsers(s.db));
      if (users.length === 0) console.log(`No users in ${where}.`);
      for (const u of users)
        console.log(`${u.email}\t${u.name}\t${u.createdAt}\t${u.role}\t${u.disabledAt ? "disabled" : "active"}`);
      return;
    }
    case "import": {
      const file = rest[0] ?? process.env.INBOX_USERS_FILE?.trim();
      if (!file || rest.length > 1) throw new UsageError("import needs the path of one users.json file.");
      const report = await withStore(config, (s) => importUsersFile(s.db, file));
      console.log(`Imported ${report.imported.length} account(s) from ${file} into ${where}.`);
      for (const email of report.imported) console.log(`  imported ${email}`);
      for (const email of report.skipped) console.log(`  skipped ${email} (already in the store)`);
      return;
    }
    case undefined:
      throw new UsageError("Missing command.");
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`error: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else if (
    error instanceof UsersError ||
    error instanceof StoreHeldError ||
    error instanceof DatabaseUnavailableError
  ) {
    // One line a person can act on; never a stack trace.
    console.error(`error: ${error.message}`);
    process.exitCode = 1;
  } else {
    console.error(`error: ${describeDriverError(error)}`);
    process.exitCode = 1;
  }
});
