"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { signInWithPassword, type LoginState } from "@/lib/auth/actions";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("login");
  const [state, formAction, pending] = useActionState<LoginState, FormData>(signInWithPassword, {});

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="space-y-1.5">
        <Label htmlFor="email">{t("email")}</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          defaultValue={state.email ?? ""}
          placeholder={t("emailPlaceholder")}
        />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="password">{t("password")}</Label>
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>

      {/* Always in the page, so a screen reader announces the error when it appears. */}
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
