import { Icon } from "@/components/ui/icon";
import { initialsOf } from "@/lib/inbox/list-display";

// Calm tones, picked from the contact key so a contact keeps its colour everywhere.
const TONES = [
  "bg-indigo-100 text-indigo-700 dark:bg-indigo-900/60 dark:text-indigo-200",
  "bg-sky-100 text-sky-700 dark:bg-sky-900/60 dark:text-sky-200",
  "bg-emerald-100 text-emerald-700 dark:bg-emerald-900/60 dark:text-emerald-200",
  "bg-amber-100 text-amber-800 dark:bg-amber-900/60 dark:text-amber-200",
  "bg-rose-100 text-rose-700 dark:bg-rose-900/60 dark:text-rose-200",
  "bg-violet-100 text-violet-700 dark:bg-violet-900/60 dark:text-violet-200",
  "bg-teal-100 text-teal-700 dark:bg-teal-900/60 dark:text-teal-200",
  "bg-orange-100 text-orange-800 dark:bg-orange-900/60 dark:text-orange-200",
];

function toneOf(seed: string): string {
  let hash = 0;
  for (const ch of seed) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return TONES[hash % TONES.length] as string;
}

/** Initials from the contact's name; a neutral person icon when there is no name. */
export function InboxAvatar({
  name,
  seed,
  className = "size-9 text-xs",
}: {
  name: string | null;
  seed: string;
  className?: string;
}) {
  const initials = initialsOf(name);
  return (
    <span
      aria-hidden="true"
      className={`inline-flex shrink-0 items-center justify-center rounded-full font-semibold select-none ${
        initials ? toneOf(seed) : "bg-zinc-100 text-zinc-400 dark:bg-zinc-800 dark:text-zinc-500"
      } ${className}`}
    >
      {initials ?? <Icon name="user" className="size-[45%]" />}
    </span>
  );
}
