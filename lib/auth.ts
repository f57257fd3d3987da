import "server-only";
import NextAuth, { CredentialsSignin, type Session } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { buildAuthConfig } from "./auth.config";
import { getEnv } from "./env";
import { verifyCredentials } from "./users";

// Agents sign in with e-mail and password against the accounts file managed by
// `npm run users` (see docs/decisions/auth-credentials.md).

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

export const { auth, handlers, signIn, signOut } = NextAuth(() => {
  const base = buildAuthConfig();
  return {
    ...base,
    logger: {
      // A wrong password is an expected event, not a server error with a stack trace.
      // instanceof, not error.name: class names are minified in the production build.
      error(error) {
        if (error instanceof CredentialsSignin) console.warn("[auth] sign-in refused: wrong email or password");
        else console.error("[auth]", error);
      },
    },
    providers: [
      Credentials({
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(raw) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const user = await verifyCredentials(getEnv().usersFile, parsed.data.email, parsed.data.password);
          // next-auth puts `id` in the token's `sub`; the e-mail is the stable id here.
          return user ? { id: user.email, email: user.email, name: user.name } : null;
        },
      }),
    ],
  };
});

export type SignedInSession = Session & { user: { email: string; name: string } };

/**
 * For route handlers and pages: the proxy is the first gate, not the only one,
 * so each handler asks again. Null means "answer 401" (see unauthenticatedResponse).
 */
export async function requireSession(): Promise<SignedInSession | null> {
  const session = await auth();
  const email = session?.user?.email;
  if (!session || !email) return null;
  return { ...session, user: { ...session.user, email, name: session.user?.name ?? email } };
}
