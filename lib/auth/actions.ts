"use server";

import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { DatabaseUnavailableSignIn, OIDC_PROVIDER_ID, signIn, signOut, TooManyAttempts } from "./auth";
import { retryAfterMinutes } from "./throttle";
import { getEnv } from "@/lib/config/env";
import { safeCallbackPath } from "./safe-redirect";

// Server actions behind the login page and the sign-out button.

export interface LoginState {
  /** Already in the agent's language. */
  error?: string;
  email?: string;
}

/** Where a refused identity lands, whichever method it used (app/login/page.tsx explains it). */
const ACCESS_DENIED_PATH = "/login?error=AccessDenied";

/** A hand-made call can pass anything (a Next-Action request whose body is `[]`): treat it as an empty form. */
function field(formData: unknown, name: string): FormDataEntryValue | null {
  return formData instanceof FormData ? formData.get(name) : null;
}

export async function signInWithPassword(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const t = await getTranslations("login.errors");
  const email = field(formData, "email");
  const password = field(formData, "password");
  if (typeof email !== "string" || typeof password !== "string" || !email.trim() || !password) {
    return { error: t("missingFields"), email: typeof email === "string" ? email : "" };
  }
  let denied = false;
  try {
    // redirect: false so a refusal comes back here as an AuthError instead of a
    // redirect to Auth.js's own error page.
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof TooManyAttempts) {
      return { error: t("tooManyAttempts", { minutes: retryAfterMinutes(error.retryAfterMs) }), email };
    }
    if (error instanceof DatabaseUnavailableSignIn) return { error: t("databaseUnavailable"), email };
    if (error instanceof AuthError && error.type === "CredentialsSignin")
      return { error: t("wrongCredentials"), email };
    if (error instanceof AuthError && error.type === "AccessDenied") denied = true;
    else {
      console.error("[auth] sign-in failed", error instanceof Error ? `${error.name}: ${error.message}` : error);
      return { error: t("unavailable"), email };
    }
  }
  redirect(denied ? ACCESS_DENIED_PATH : safeCallbackPath(field(formData, "callbackUrl")));
}

/** Sends the browser to the identity provider; it comes back to /api/auth/callback/oidc. */
export async function signInWithSso(formData: FormData): Promise<void> {
  if (!getEnv().oidc) redirect("/login");
  try {
    await signIn(OIDC_PROVIDER_ID, { redirectTo: safeCallbackPath(field(formData, "callbackUrl")) });
  } catch (error) {
    // signIn's own redirect (to the provider) is not an AuthError and must propagate.
    if (!(error instanceof AuthError)) throw error;
    console.error("[auth] single sign-on could not start:", `${error.type}: ${error.message}`);
    redirect("/login?error=SsoUnavailable");
  }
}

export async function signOutToLogin(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
