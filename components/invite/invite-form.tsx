"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { acceptInvite, type InviteState } from "@/lib/accounts/invite-actions";

export function InviteForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invite");
  const [state, formAction, pending] = useActionState<InviteState, FormData>(acceptInvite, {});
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} autoComplete="username" />
      <div className="space-y-1.5">
        <Label htmlFor="name">{t("name")}</Label>
        <Input id="name" name="name" autoComplete="name" required autoFocus />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="password">{t("password")}</Label>
        <Input id="password" name="password" type="password" autoComplete="new-password" required />
      </div>
      <div role="alert" aria-live="assertive" className="min-h-0">
        {state.error ? (
          <Alert as="p" tone="danger" icon="alert">
            {state.error}
          </Alert>
        ) : null}
      </div>
      <Button type="submit" variant="primary" size="lg" loading={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
