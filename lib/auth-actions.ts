"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "./auth";
import { safeCallbackPath } from "./safe-redirect";

// Server actions behind the login form and the sign-out button.

export interface LoginState {
  error?: string;
  email?: string;
}

const WRONG_CREDENTIALS = "Wrong email or password.";

export async function signInWithPassword(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const email = formData.get("email");
  const password = formData.get("password");
  if (typeof email !== "string" || typeof password !== "string" || !email.trim() || !password) {
    return { error: "Enter your email and password.", email: typeof email === "string" ? email : "" };
  }
  try {
    // redirect: false so a refusal comes back here as an AuthError instead of a
    // redirect to Auth.js's own error page.
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") return { error: WRONG_CREDENTIALS, email };
    console.error("[auth] sign-in failed", error);
    return { error: "Sign-in is unavailable right now. Try again in a moment.", email };
  }
  redirect(safeCallbackPath(formData.get("callbackUrl")));
}

export async function signOutToLogin(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
