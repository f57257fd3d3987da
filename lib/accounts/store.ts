import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, basename } from "node:path";
import { z } from "zod";

// The agents' accounts file and its password hashing. Deliberately has no
// `import "server-only"`: the `npm run users` CLI (tsx) and Vitest load it
// outside the react-server condition, where that package throws. Server code
// imports it through lib/accounts/accounts.ts, which does carry the guard.

const SCRYPT = { N: 16384, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 64;
export const MIN_PASSWORD_LENGTH = 10;

export const storedUserSchema = z.object({
  email: z.string(),
  name: z.string(),
  passwordHash: z.string(),
  createdAt: z.string(),
});
export type StoredUser = z.infer<typeof storedUserSchema>;

export const usersFileSchema = z.object({
  version: z.literal(1),
  users: z.array(storedUserSchema),
});
export type UsersFile = z.infer<typeof usersFileSchema>;

/** What callers may print or put in a session: never the hash. */
export interface PublicUser {
  email: string;
  name: string;
  createdAt: string;
}

export const newUserSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Not a valid e-mail address." })),
  name: z.string().trim().min(1, "A name is required.").max(100, "The name is longer than 100 characters."),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(1024, "The password is longer than 1024 characters."),
});
export type NewUser = z.input<typeof newUserSchema>;

/** A refusal a person can act on (bad input, duplicate, unknown user). */
export class UsersError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsersError";
  }
}

function scryptAsync(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Encodes as `scrypt$N$r$p$saltB64$hashB64` so parameters can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scryptAsync(password, salt, KEY_BYTES, SCRYPT);
  return ["scrypt", SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parts = encoded.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (!N || !r || !p) return false;
  const salt = Buffer.from(parts[4] ?? "", "base64");
  const expected = Buffer.from(parts[5] ?? "", "base64");
  if (salt.length === 0 || expected.length === 0) return false;
  // maxmem must cover 128*N*r bytes, or larger stored parameters would fail to verify.
  const key = await scryptAsync(password, salt, expected.length, { N, r, p, maxmem: 256 * N * r });
  return timingSafeEqual(key, expected);
}

// Hashed once per process; verified against when the e-mail is unknown so the
// answer takes as long as for a real account.
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return dummyHash;
}

/** Reads the accounts file; a missing file is an empty store, a malformed one is an error. */
export async function readUsers(file: string): Promise<UsersFile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { version: 1, users: [] };
    throw err;
  }
  const parsed = usersFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new UsersError(`${file} is not a valid users file (expected version 1).`);
  return parsed.data;
}

/** Temp file + rename, so a crash never leaves a half-written file; 0600 because it holds hashes. */
export async function writeUsers(file: string, data: UsersFile): Promise<void> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, file);
}

function toPublic({ email, name, createdAt }: StoredUser): PublicUser {
  return { email, name, createdAt };
}

export async function addUser(file: string, input: NewUser): Promise<PublicUser> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw new UsersError(parsed.error.issues.map((i) => i.message).join(" "));
  const { email, name, password } = parsed.data;
  const data = await readUsers(file);
  if (data.users.some((u) => u.email === email)) throw new UsersError(`A user with e-mail ${email} already exists.`);
  const user: StoredUser = {
    email,
    name,
    passwordHash: await hashPassword(password),
    createdAt: new Date().toISOString(),
  };
  await writeUsers(file, { ...data, users: [...data.users, user] });
  return toPublic(user);
}

export async function removeUser(file: string, email: string): Promise<void> {
  const target = normalizeEmail(email);
  const data = await readUsers(file);
  const users = data.users.filter((u) => u.email !== target);
  if (users.length === data.users.length) throw new UsersError(`No user with e-mail ${target}.`);
  await writeUsers(file, { ...data, users });
}

export async function listUsers(file: string): Promise<PublicUser[]> {
  return (await readUsers(file)).users.map(toPublic);
}

/** Whether anyone can sign in with a password (the login page hides the form otherwise, when SSO exists). */
export async function hasPasswordAccounts(file: string): Promise<boolean> {
  try {
    return (await readUsers(file)).users.length > 0;
  } catch {
    // A malformed file is an operator's problem to see, not a reason to hide the form.
    return true;
  }
}

export async function verifyCredentials(
  file: string,
  email: string,
  password: string,
): Promise<{ email: string; name: string } | null> {
  const target = normalizeEmail(email);
  const user = (await readUsers(file)).users.find((u) => u.email === target);
  if (!user) {
    await verifyPassword(password, await getDummyHash());
    return null;
  }
  return (await verifyPassword(password, user.passwordHash)) ? { email: user.email, name: user.name } : null;
}
