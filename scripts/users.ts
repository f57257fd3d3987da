// `npm run users -- <command>`: manage the agents who can sign in.
// Imports the store without "server-only" (that guard throws outside Next's server build).
import { addUser, listUsers, normalizeEmail, removeUser, UsersError } from "../lib/accounts/store";

const USAGE = `Usage:
  npm run users -- add <email> --name <name> --password-stdin [--file <path>]
  npm run users -- remove <email> [--file <path>]
  npm run users -- list [--file <path>]

The accounts file is INBOX_USERS_FILE (default ./users.json); --file overrides it.
The password is read from standard input, e.g.: printf '%s\\n' "$PASSWORD" | npm run users -- add ...`;

class UsageError extends Error {}

interface Parsed {
  positionals: string[];
  flags: Map<string, string | true>;
}

const FLAGS_WITH_VALUE = new Set(["--name", "--file"]);
const BOOLEAN_FLAGS = new Set(["--password-stdin", "--help"]);

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

async function main(argv: string[]): Promise<void> {
  const { positionals, flags } = parseArgs(argv);
  const [command, ...rest] = positionals;
  if (flags.has("--help") || command === "help") {
    console.log(USAGE);
    return;
  }
  const file = stringFlag(flags, "--file") ?? (process.env.INBOX_USERS_FILE?.trim() || "./users.json");

  switch (command) {
    case "add": {
      const [email] = rest;
      const name = stringFlag(flags, "--name");
      if (!email || rest.length > 1) throw new UsageError("add needs exactly one e-mail address.");
      if (!name) throw new UsageError("add needs --name <name>.");
      if (!flags.has("--password-stdin"))
        throw new UsageError("add needs --password-stdin (passwords never go on the command line).");
      const user = await addUser(file, { email, name, password: await readPasswordFromStdin() });
      console.log(`Added ${user.name} <${user.email}> to ${file}.`);
      return;
    }
    case "remove": {
      const [email] = rest;
      if (!email || rest.length > 1) throw new UsageError("remove needs exactly one e-mail address.");
      await removeUser(file, email);
      console.log(`Removed ${normalizeEmail(email)} from ${file}.`);
      return;
    }
    case "list": {
      const users = await listUsers(file);
      if (users.length === 0) console.log(`No users in ${file}.`);
      for (const u of users) console.log(`${u.email}\t${u.name}\t${u.createdAt}`);
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
  } else if (error instanceof UsersError) {
    console.error(`error: ${error.message}`);
    process.exitCode = 1;
  } else {
    console.error("error:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
});
