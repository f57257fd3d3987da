import { getTranslations } from "next-intl/server";
import { Icon } from "@/components/ui/icon";

const SHORTCUTS = [
  [["/"], "search"],
  [["j", "k"], "move"],
  [["Enter"], "open"],
  [["Esc"], "back"],
] as const;

// The right pane of /inbox on a wide screen, before a conversation is chosen.
export async function InboxEmptyPane() {
  const t = await getTranslations("emptyPane");
  return (
    <div className="flex flex-1 items-center justify-center p-8">
      <div className="max-w-sm text-center">
        <span className="mx-auto mb-4 flex size-12 items-center justify-center rounded-2xl bg-white text-indigo-500 shadow-sm ring-1 ring-zinc-200 dark:bg-zinc-900 dark:text-indigo-400 dark:ring-zinc-800">
          <Icon name="chat" className="size-6" />
        </span>
        <h2 className="text-base font-semibold text-zinc-900 dark:text-zinc-100">{t("title")}</h2>
        <p className="mt-1.5 text-sm text-zinc-600 dark:text-zinc-400">{t("hint")}</p>
        <dl className="mx-auto mt-6 grid w-fit grid-cols-[auto_auto] gap-x-4 gap-y-2 text-left text-sm">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={what} className="contents">
              <dt className="flex justify-end gap-1">
                {keys.map((k) => (
                  <kbd
                    key={k}
                    className="min-w-6 rounded-md border border-zinc-200 bg-white px-1.5 py-0.5 text-center font-mono text-xs text-zinc-700 shadow-[0_1px_0] shadow-zinc-200 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300 dark:shadow-zinc-800"
                  >
                    {k === "Enter" || k === "Esc" ? t(`keys.${k}`) : k}
                  </kbd>
                ))}
              </dt>
              <dd className="text-zinc-600 dark:text-zinc-400">{t(`shortcuts.${what}`)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
