"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

// The names Octopush gives one agent in agent_assigned_to, comma-separated: the inbox's
// "Mine" filter matches them (case-insensitively); empty means the account's own name.
export function OctopushNamesForm({
  email,
  name,
  names,
  busy,
  onSave,
}: {
  email: string;
  name: string;
  names: string[];
  busy: boolean;
  onSave: (names: string[]) => Promise<boolean>;
}) {
  const t = useTranslations("admin");
  const [saved, setSaved] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raw = String(new FormData(event.currentTarget).get("names") ?? "");
    setSaved(await onSave(raw.split(",")));
  }
  return (
    <form onSubmit={(event) => void submit(event)} className="flex min-w-48 items-center gap-2">
      <Input
        name="names"
        defaultValue={names.join(", ")}
        placeholder={name}
        aria-label={t("octopushNamesLabel", { email })}
        title={t("octopushNamesHint", { name })}
        autoComplete="off"
        onChange={() => setSaved(false)}
        data-testid="octopush-names"
      />
      <Button type="submit" size="sm" loading={busy}>
        {t("saveNames")}
      </Button>
      <span role="status" className="text-xs text-zinc-500">
        {saved ? t("namesSaved") : ""}
      </span>
    </form>
  );
}
