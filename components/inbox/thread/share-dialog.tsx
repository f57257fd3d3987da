"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Input, Label } from "@/components/ui/input";
import type { ShareDuration } from "@/lib/sharing/expiry";

// The conversation header's "Share" dialog, loaded on demand by share-button.tsx and
// mounted afresh for each opening: a native modal <dialog> (focus trapped and
// Escape handled by the browser) that makes a read-only link through POST
// /api/shares and shows it once, with a copy button.

interface Props {
  contactKey: string;
  /** Offered durations, already capped by INBOX_SHARE_MAX_DAYS (the server checks again). */
  durations: readonly ShareDuration[];
  /** The message to start from (a message's "Share from here", or the page's ?message=). */
  from?: string;
}

async function createLink(body: unknown): Promise<{ ok: true; path: string } | { ok: false; message: string | null }> {
  try {
    const res = await fetch("/api/shares", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = (await res.json().catch(() => null)) as { path?: string; error?: { message?: string } } | null;
    if (res.ok && json?.path) return { ok: true, path: json.path };
    return { ok: false, message: json?.error?.message ?? null };
  } catch {
    return { ok: false, message: null };
  }
}

export default function ShareDialog({ contactKey, durations, from }: Props) {
  const t = useTranslations("share");
  const common = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [scope, setScope] = useState<"whole" | "from">(from ? "from" : "whole");
  const [fromId, setFromId] = useState(from ?? "");
  const [duration, setDuration] = useState<string>(durations.includes("24h") ? "24h" : (durations[0] ?? "1h"));
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [url, setUrl] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await createLink({
      conversation: contactKey,
      duration,
      fromMessageId: scope === "from" ? fromId.trim() : null,
      note: note.trim() || null,
    });
    setBusy(false);
    if (result.ok) setUrl(location.origin + result.path);
    else setError(result.message ?? common("pageFailed"));
  }

  return (
    <>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-zinc-950/50 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <div className="space-y-4 p-5">
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            {t("title")}
          </h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("intro")}</p>
          {url ? (
            <div className="space-y-3">
              <Alert tone="info">{t("done")}</Alert>
              <Label htmlFor={`${id}-url`}>{t("link")}</Label>
              <div className="flex items-center gap-2">
                <Input
                  id={`${id}-url`}
                  readOnly
                  value={url}
                  data-testid="share-url"
                  onFocus={(e) => e.currentTarget.select()}
                />
                <CopyButton value={url} label={t("copy")} copiedLabel={t("copied")} text={t("copy")} icon="copy" />
              </div>
              <div className="flex items-center justify-between gap-2">
                <Link href="/shared" className="text-sm text-indigo-700 underline dark:text-indigo-300">
                  {t("manage")}
                </Link>
                <Button type="button" variant="primary" onClick={() => dialog.current?.close()}>
                  {t("close")}
                </Button>
              </div>
            </div>
          ) : (
            <form onSubmit={(e) => void submit(e)} className="space-y-4">
              <fieldset className="space-y-1.5">
                <legend className="text-sm font-medium">{t("what")}</legend>
                <label className="flex items-center gap-2 text-sm">
                  <input type="radio" name="scope" checked={scope === "whole"} onChange={() => setScope("whole")} />
                  {t("whole")}
                </label>
                <label className="flex items-center gap-2 text-sm">
                  <input type="radio" name="scope" checked={scope === "from"} onChange={() => setScope("from")} />
                  {t("fromMessage")}
                </label>
                {scope === "from" ? (
                  <div className="pt-1 pl-6">
                    <Label htmlFor={`${id}-message`}>{t("messageId")}</Label>
                    <Input
                      id={`${id}-message`}
                      value={fromId}
                      required
                      maxLength={200}
                      aria-describedby={`${id}-message-hint`}
                      onChange={(e) => setFromId(e.target.value)}
                    />
                    <p id={`${id}-message-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                      {t("messageIdHint")}
                    </p>
                  </div>
                ) : null}
              </fieldset>
              <div>
                <Label htmlFor={`${id}-duration`}>{t("duration")}</Label>
                <select
                  id={`${id}-duration`}
                  value={duration}
                  onChange={(e) => setDuration(e.target.value)}
                  className="mt-1 block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950"
                >
                  {durations.map((d) => (
                    <option key={d} value={d}>
                      {t(`durations.${d}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <Label htmlFor={`${id}-note`}>{t("note")}</Label>
                <textarea
                  id={`${id}-note`}
                  value={note}
                  maxLength={500}
                  rows={2}
                  aria-describedby={`${id}-note-hint`}
                  onChange={(e) => setNote(e.target.value)}
                  className="mt-1 block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950"
                />
                <p id={`${id}-note-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                  {t("noteHint")}
                </p>
              </div>
              {error ? (
                <Alert tone="danger" role="alert">
                  {error}
                </Alert>
              ) : null}
              <div className="flex justify-end gap-2">
                <Button type="button" variant="ghost" onClick={() => dialog.current?.close()}>
                  {t("cancel")}
                </Button>
                <Button type="submit" variant="primary" loading={busy}>
                  {busy ? t("creating") : t("create")}
                </Button>
              </div>
            </form>
          )}
        </div>
      </dialog>
    </>
  );
}
