"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { PublicUser } from "@/lib/accounts/store";
import { OctopushNamesForm } from "./octopush-names-form";

// The list of agents and the form that adds one. Each change goes through
// /api/admin/agents (an invitation through /api/admin/invitations), then the
// server page is read again (router.refresh).

const API = "/api/admin/agents";

async function send(
  method: string,
  body: unknown,
  url: string,
): Promise<{ ok: true; data: unknown } | { ok: false; message: string }> {
  try {
    const res = await fetch(url, {
      method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const data: unknown = res.status === 204 ? null : await res.json().catch(() => null);
    if (res.ok) return { ok: true, data };
    const message = (data as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${res.status}`;
    return { ok: false, message };
  } catch {
    return { ok: false, message: "offline" };
  }
}

export function AgentsAdmin({ agents, self }: { agents: PublicUser[]; self: string }) {
  const t = useTranslations("admin");
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; email: string; password: string } | null>(null);
  const [invited, setInvited] = useState<{ email: string; link: string; expires: string } | null>(null);

  async function run(key: string, method: string, body: unknown, url = API): Promise<unknown> {
    setBusy(key);
    setError(null);
    const result = await send(method, body, url);
    setBusy(null);
    if (!result.ok) {
      setError(t("failed", { message: result.message }));
      return undefined;
    }
    router.refresh();
    return result.data ?? true;
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setCreated(null);
    setInvited(null);
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter?.getAttribute("value") === "invite") {
      const invite = (await run(
        "invite",
        "POST",
        { email: String(data.get("email") ?? ""), role: data.get("admin") ? "admin" : "agent" },
        "/api/admin/invitations",
      )) as { path: string; email: string; expiresAt: string } | undefined;
      if (invite) {
        setInvited({
          email: invite.email,
          link: `${window.location.origin}${invite.path}`,
          expires: new Date(invite.expiresAt).toLocaleString(),
        });
        form.reset();
      }
      return;
    }
    const result = (await run("add", "POST", {
      email: String(data.get("email") ?? ""),
      name: String(data.get("name") ?? ""),
      role: data.get("admin") ? "admin" : "agent",
    })) as { agent: PublicUser; password: string } | undefined;
    if (result) {
      setCreated({ name: result.agent.name, email: result.agent.email, password: result.password });
      form.reset();
    }
  }

  return (
    <div className="space-y-6">
      {error ? (
        <Alert tone="danger" role="alert">
          {error}
        </Alert>
      ) : null}

      <section className="overflow-x-auto rounded-2xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-zinc-500 uppercase">
            <tr>
              <th className="px-4 py-3 font-medium">{t("colAgent")}</th>
              <th className="px-4 py-3 font-medium">{t("colRole")}</th>
              <th className="px-4 py-3 font-medium">{t("colStatus")}</th>
              <th className="px-4 py-3 font-medium">{t("colOctopushNames")}</th>
              <th className="px-4 py-3 font-medium">
                <span className="sr-only">{t("colActions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {agents.map((agent) => {
              const isSelf = agent.email === self;
              return (
                <tr key={agent.email} data-testid="agent-row">
                  <td className="px-4 py-3">
                    <div className="font-medium text-zinc-900 dark:text-zinc-100" translate="no">
                      {agent.name}
                      {isSelf ? <span className="ml-1 text-xs text-zinc-500">({t("you")})</span> : null}
                    </div>
                    <div className="text-zinc-500" translate="no">
                      {agent.email}
                    </div>
                  </td>
                  <td className="px-4 py-3">
                    {agent.role === "admin" ? t("roleAdmin") : t("roleAgent")}
                    {agent.hasPassword ? null : <span className="ml-1 text-xs text-zinc-500">· {t("sso")}</span>}
                  </td>
                  <td className="px-4 py-3">{agent.disabledAt ? t("disabled") : t("active")}</td>
                  <td className="px-4 py-3">
                    <OctopushNamesForm
                      email={agent.email}
                      name={agent.name}
                      names={agent.octopushNames}
                      busy={busy === `names:${agent.email}`}
                      onSave={async (octopushNames) =>
                        (await run(`names:${agent.email}`, "PATCH", { email: agent.email, octopushNames })) !==
                        undefined
                      }
                    />
                  </td>
                  <td className="px-4 py-3">
                    {isSelf ? null : (
                      <div className="flex justify-end gap-2">
                        <Button
                          size="sm"
                          loading={busy === `toggle:${agent.email}`}
                          aria-label={`${agent.disabledAt ? t("enable") : t("disable")} ${agent.email}`}
                          onClick={() =>
                            void run(`toggle:${agent.email}`, "PATCH", {
                              email: agent.email,
                              disabled: !agent.disabledAt,
                            })
                          }
                        >
                          {agent.disabledAt ? t("enable") : t("disable")}
                        </Button>
                        <Button
                          size="sm"
                          variant="danger"
                          loading={busy === `remove:${agent.email}`}
                          aria-label={`${t("remove")} ${agent.email}`}
                          onClick={() => {
                            if (window.confirm(t("confirmRemove", { email: agent.email })))
                              void run(`remove:${agent.email}`, "DELETE", { email: agent.email });
                          }}
                        >
                          {t("remove")}
                        </Button>
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section className="space-y-4 rounded-2xl border border-zinc-200 bg-white p-6 dark:border-zinc-800 dark:bg-zinc-900">
        <h2 className="text-base font-semibold text-zinc-900 dark:text-zinc-50">{t("addTitle")}</h2>
        {created ? (
          <Alert tone="info" role="status">
            <p>{t("oneTimePassword", { name: created.name, email: created.email })}</p>
            <code className="mt-2 block font-mono text-base select-all" data-testid="one-time-password">
              {created.password}
            </code>
          </Alert>
        ) : null}
        {invited ? (
          <Alert tone="info" role="status">
            <p>{t("invitationLink", { email: invited.email, expires: invited.expires })}</p>
            <code className="mt-2 block font-mono text-sm break-all select-all" data-testid="invitation-link">
              {invited.link}
            </code>
          </Alert>
        ) : null}
        <form onSubmit={(event) => void add(event)} className="grid gap-3 sm:grid-cols-2">
          <label className="space-y-1 text-sm font-medium text-zinc-700 dark:text-zinc-300">
            <span>{t("email")}</span>
            <Input name="email" type="email" required autoComplete="off" />
          </label>
          <label className="space-y-1 text-sm font-medium text-zinc-700 dark:text-zinc-300">
            <span>{t("name")}</span>
            <Input name="name" required autoComplete="off" />
          </label>
          <label className="flex items-center gap-2 text-sm text-zinc-700 sm:col-span-2 dark:text-zinc-300">
            <input name="admin" type="checkbox" className="size-4" />
            {t("makeAdmin")}
          </label>
          <div className="flex flex-wrap gap-2 sm:col-span-2">
            <Button type="submit" variant="primary" value="add" loading={busy === "add"}>
              {busy === "add" ? t("adding") : t("add")}
            </Button>
            <Button type="submit" value="invite" formNoValidate loading={busy === "invite"}>
              {t("invite")}
            </Button>
          </div>
        </form>
      </section>
    </div>
  );
}
