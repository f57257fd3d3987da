"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/instance";
import { acceptInvitation, INVITATION_INVALID } from "./invitations";
import { MIN_PASSWORD_LENGTH, UsersError } from "./store";

// The form behind /invite/<token>: the invited person's name and password.

export interface InviteState {
  /** Already in the person's language. */
  error?: string;
}

export async function acceptInvite(_prev: InviteState, formData: FormData): Promise<InviteState> {
  const t = await getTranslations("invite");
  const token = formData.get("token");
  const name = formData.get("name");
  const password = formData.get("password");
  if (typeof token !== "string" || typeof name !== "string" || typeof password !== "string")
    return { error: t("failed") };
  if (!name.trim()) return { error: t("nameRequired") };
  if (password.length < MIN_PASSWORD_LENGTH) return { error: t("passwordTooShort", { min: MIN_PASSWORD_LENGTH }) };
  try {
    await acceptInvitation(await getDb(), token, { name, password });
  } catch (error) {
    if (error instanceof UsersError && error.message === INVITATION_INVALID) return { error: t("invalidBody") };
    if (!(error instanceof UsersError))
      console.error("[invite] could not accept an invitation:", error instanceof Error ? error.message : error);
    return { error: t("failed") };
  }
  redirect("/login?invited=1");
}
