import { readFile } from "node:fs/promises";
import { z } from "zod";

// The accounts file that `npm run users` wrote before accounts moved to the store
// (INBOX_USERS_FILE, version 1). Read only, to import it (lib/accounts/store.ts).

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

/** Thrown for a file that is not a version-1 users file. */
export class UsersFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsersFileError";
  }
}

/** Null when the file does not exist. */
export async function readUsersFile(file: string): Promise<UsersFile | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsersFileError(`${file} is not a valid users file (it is not JSON).`);
  }
  const parsed = usersFileSchema.safeParse(json);
  if (!parsed.success) throw new UsersFileError(`${file} is not a valid users file (expected version 1).`);
  return parsed.data;
}
