"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Icon } from "@/components/ui/icon";
import { conversationPath } from "@/lib/inbox/conversation-path";
import { problemValues, type Identifier, type IdentifierProblem, type ParseResult } from "@/lib/inbox/identifier-kinds";
import type * as IdentifiersModule from "@/lib/inbox/identifiers";
import { useKeyboardShortcut } from "@/lib/inbox/client/use-keyboard-shortcut";
import { useRecentSearches } from "@/lib/inbox/client/use-recent-searches";
import { SearchBoxPanel } from "./search-box-panel";

const SEARCH_INPUT_ID = "inbox-search";

// The parser carries libphonenumber's metadata (~40 kB gzipped): it loads when the
// agent first focuses the field, not with every page.
type Parser = typeof IdentifiersModule;
let parserLoad: Promise<Parser> | undefined;
function loadParser(): Promise<Parser> {
  parserLoad ??= import("@/lib/inbox/identifiers");
  return parserLoad;
}

// One field for every kind of identifier. It says what it understood as the agent
// types; Enter opens the canonical conversation URL. Invalid input never leaves
// the browser: the parser runs here, and nothing is fetched until the URL opens.
export function SearchBox({ defaultCountry }: { defaultCountry: string }) {
  const t = useTranslations("search");
  const problems = useTranslations("identifier.problem");
  const router = useRouter();
  const { searches, remember, forget } = useRecentSearches();
  const [value, setValue] = useState("");
  const [facebook, setFacebook] = useState(false);
  const [open, setOpen] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const feedbackId = useId();

  const [parser, setParser] = useState<Parser | null>(null);
  const prepareParser = () => {
    if (!parser) void loadParser().then(setParser);
  };
  const parse = (p: Parser): ParseResult =>
    p.parseIdentifier(value, { defaultCountry, hint: facebook ? "facebook" : undefined });
  const parsed = value.trim() === "" || !parser ? null : parse(parser);
  // Why the text is not an identifier, in the agent's language; a bare run of
  // digits may be a Facebook id the agent forgot to mark as one.
  const explain = (problem: IdentifierProblem) => {
    const text = problems(problem.code, problemValues(problem));
    return !facebook && /^\d{6,30}$/.test(value.trim()) ? `${text} ${t("facebookHint")}` : text;
  };
  const message = parsed && !parsed.ok ? explain(parsed.problem) : null;

  useKeyboardShortcut((event) => {
    if (event.key !== "/") return;
    event.preventDefault();
    inputRef.current?.focus();
  });

  function open_(identifier: Identifier) {
    remember(identifier);
    setValue("");
    setFacebook(false);
    setSubmitError(null);
    setOpen(false);
    inputRef.current?.blur();
    router.push(conversationPath(identifier.value));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (value.trim() === "") return;
    // Enter pressed before the parser arrived: wait for it rather than ignore the key.
    const result = parsed ?? parse(await loadParser());
    if (result.ok) open_(result.identifier);
    else setSubmitError(explain(result.problem));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Escape") {
      // Chrome clears a search field on Esc; here Esc means "leave the field".
      event.preventDefault();
      setOpen(false);
      inputRef.current?.blur();
    } else if (event.key === "ArrowDown" && value === "" && searches.length > 0) {
      event.preventDefault();
      setOpen(true);
      requestAnimationFrame(() => panelRef.current?.querySelector<HTMLElement>("[data-recent] a")?.focus());
    }
  }

  const invalid = submitError !== null;
  return (
    <form
      role="search"
      aria-label={t("formLabel")}
      onSubmit={onSubmit}
      className="relative w-full"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
        {t("label")}
      </label>
      <div
        className={`flex h-9 items-center gap-2 rounded-lg border bg-zinc-50 pr-1 pl-2.5 transition focus-within:bg-white focus-within:ring-4 dark:bg-zinc-900 dark:focus-within:bg-zinc-900 ${
          invalid
            ? "border-red-400 focus-within:ring-red-500/20 dark:border-red-500"
            : "border-zinc-200 focus-within:border-indigo-400 focus-within:ring-indigo-500/15 dark:border-zinc-700 dark:focus-within:border-indigo-500"
        }`}
      >
        <Icon name="search" className="size-4 shrink-0 text-zinc-400" />
        <input
          ref={inputRef}
          id={SEARCH_INPUT_ID}
          type="search"
          value={value}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="go"
          maxLength={300}
          placeholder={facebook ? t("placeholderFacebook") : t("placeholder")}
          aria-describedby={feedbackId}
          aria-invalid={invalid || undefined}
          onChange={(event) => {
            prepareParser();
            setValue(event.target.value);
            setSubmitError(null);
            setOpen(true);
          }}
          onFocus={() => {
            prepareParser();
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          className="peer min-w-0 flex-1 bg-transparent text-sm text-zinc-900 placeholder:text-zinc-400 focus:outline-none dark:text-zinc-100 dark:placeholder:text-zinc-500 [&::-webkit-search-cancel-button]:hidden"
        />
        <kbd
          aria-hidden="true"
          className="hidden rounded border border-zinc-200 bg-white px-1.5 font-mono text-[11px] text-zinc-400 peer-focus:hidden sm:inline dark:border-zinc-700 dark:bg-zinc-800"
        >
          /
        </kbd>
        <button
          type="button"
          aria-pressed={facebook}
          title={t("facebookToggleTitle")}
          onClick={() => {
            setFacebook((f) => !f);
            setSubmitError(null);
            inputRef.current?.focus();
          }}
          className={`shrink-0 rounded-md px-2 py-1 text-xs font-medium whitespace-nowrap transition focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none ${
            facebook
              ? "bg-blue-600 text-white hover:bg-blue-700"
              : "text-zinc-600 hover:bg-zinc-200/70 dark:text-zinc-300 dark:hover:bg-zinc-800"
          }`}
        >
          {t("facebookToggle")}
        </button>
      </div>
      <SearchBoxPanel
        ref={panelRef}
        open={open}
        feedbackId={feedbackId}
        understood={parsed?.ok ? parsed.identifier : null}
        message={message}
        submitError={submitError}
        searches={value === "" ? searches : []}
        onPick={(identifier) => open_(identifier)}
        onForget={forget}
        onEscape={() => inputRef.current?.focus()}
      />
    </form>
  );
}
