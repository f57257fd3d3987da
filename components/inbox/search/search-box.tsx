"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { Input, InputFrame, Label } from "@/components/ui/input";
import { conversationPath } from "@/lib/inbox/conversation-path";
import type { Identifier } from "@/lib/inbox/identifier-kinds";
import { useIdentifierParser } from "@/lib/inbox/client/use-identifier-parser";
import { useTextSearch } from "@/lib/inbox/client/use-text-search";
import type { SearchHit } from "@/lib/message-index/search-types";
import { useKeyboardShortcut } from "@/lib/inbox/client/use-keyboard-shortcut";
import { useRecentSearches } from "@/lib/inbox/client/use-recent-searches";
import { createDeferredModule } from "@/lib/inbox/client/deferred-module";
import { optionId } from "./option-id";

const SEARCH_INPUT_ID = "inbox-search";

// What shows below the field (understood, help, recent searches, text results) is
// fetched when the agent first focuses it or types, not with the page: the panel is
// hidden until then (docs/decisions/deferred-virtualizer.md).
const panel = createDeferredModule(() =>
  Promise.all([import("./search-box-panel"), import("./search-results")]).then(([box, results]) => ({
    SearchBoxPanel: box.SearchBoxPanel,
    SearchResults: results.SearchResults,
  })),
);

// One field for every kind of identifier. It says what it understood as the agent
// types; Enter opens the canonical conversation URL. Invalid input never leaves
// the browser: the parser runs here, and nothing is fetched until the URL opens.
// With the message index on (`textSearch`), anything that is not an identifier
// searches contact names and message texts; a valid phone number still opens its
// conversation (docs/decisions/message-index.md, "Search").
export function SearchBox({ defaultCountry, textSearch = false }: { defaultCountry: string; textSearch?: boolean }) {
  const t = useTranslations("search");
  const router = useRouter();
  const { searches, remember, forget } = useRecentSearches();
  const [value, setValue] = useState("");
  const [facebook, setFacebook] = useState(false);
  const [open, setOpen] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const feedbackId = useId();
  const listId = useId();
  const [active, setActive] = useState(-1);
  const parts = panel.useModule({ eager: false });

  const {
    parsed,
    message,
    explain,
    prepare: prepareParser,
    parseNow,
  } = useIdentifierParser(value, { defaultCountry, facebook });
  // Not an identifier (once the parser has said so), not a Facebook id: words to look for.
  const searchingText = textSearch && !facebook && parsed !== null && !parsed.ok;
  const text = useTextSearch(value, searchingText);
  const hits = text.status === "done" ? text.results : [];
  const listed = open && hits.length > 0;

  useKeyboardShortcut((event) => {
    if (event.key !== "/") return;
    event.preventDefault();
    inputRef.current?.focus();
  });

  function reset() {
    setValue("");
    setFacebook(false);
    setSubmitError(null);
    setOpen(false);
    setActive(-1);
    inputRef.current?.blur();
  }

  function open_(identifier: Identifier) {
    remember(identifier);
    reset();
    router.push(conversationPath(identifier.value));
  }

  /** A text-search result: the conversation, scrolled to the message that matched. */
  function openHit(hit: SearchHit) {
    reset();
    router.push(conversationPath(hit.conversationKey, hit.messageId));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (value.trim() === "") return;
    if (searchingText && text.status === "done" && text.stale) {
      // The results on screen are for what was typed before: never open one of those.
      // The panel catches up within the debounce; Enter then opens a current result.
      return;
    }
    if (searchingText && hits.length > 0) {
      // Enter opens the result the arrows chose, else the first one.
      const hit = hits[active] ?? hits[0];
      if (hit) openHit(hit);
      return;
    }
    // Enter pressed before the parser arrived: wait for it rather than ignore the key.
    const result = await parseNow();
    if (result.ok) open_(result.identifier);
    // Text search answers in the panel (results, "no match", why it cannot search).
    else if (!searchingText) setSubmitError(explain(result.problem));
  }

  /** The first recent search, once drawn (the panel may still be on its way: a few frames). */
  function focusFirstRecent(attempt = 0) {
    requestAnimationFrame(() => {
      const link = panelRef.current?.querySelector<HTMLElement>("[data-recent] a");
      if (link) link.focus();
      else if (attempt < 30) focusFirstRecent(attempt + 1);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Escape") {
      // Chrome clears a search field on Esc; here Esc means "leave the field".
      event.preventDefault();
      setOpen(false);
      setActive(-1);
      inputRef.current?.blur();
    } else if ((event.key === "ArrowDown" || event.key === "ArrowUp") && hits.length > 0) {
      // The field keeps focus; the listbox's active option moves (aria-activedescendant).
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      const next = active + step < -1 ? hits.length - 1 : active + step >= hits.length ? -1 : active + step;
      setActive(next);
      if (next >= 0) document.getElementById(optionId(listId, next))?.scrollIntoView({ block: "nearest" });
    } else if (event.key === "ArrowDown" && value === "" && searches.length > 0) {
      event.preventDefault();
      setOpen(true);
      focusFirstRecent();
    }
  }

  const invalid = submitError !== null;
  return (
    <form
      role="search"
      aria-label={t("formLabel")}
      onSubmit={onSubmit}
      className="relative w-full"
      onPointerEnter={panel.load}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <Label htmlFor={SEARCH_INPUT_ID} srOnly>
        {t("label")}
      </Label>
      <InputFrame invalid={invalid}>
        <Icon name="search" className="size-4 shrink-0 text-zinc-400" />
        <Input
          bare
          ref={inputRef}
          id={SEARCH_INPUT_ID}
          type="search"
          value={value}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="go"
          maxLength={300}
          placeholder={facebook ? t("placeholderFacebook") : textSearch ? t("placeholderText") : t("placeholder")}
          aria-describedby={feedbackId}
          aria-invalid={invalid || undefined}
          {...(textSearch && {
            role: "combobox",
            "aria-autocomplete": "list" as const,
            "aria-expanded": listed,
            "aria-controls": listed ? listId : undefined,
            "aria-activedescendant": listed && active >= 0 ? optionId(listId, active) : undefined,
          })}
          onChange={(event) => {
            prepareParser();
            panel.load();
            setValue(event.target.value);
            setSubmitError(null);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => {
            prepareParser();
            panel.load();
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          className="peer [&::-webkit-search-cancel-button]:hidden"
        />
        <kbd
          aria-hidden="true"
          className="hidden rounded border border-zinc-200 bg-white px-1.5 font-mono text-[11px] text-zinc-400 peer-focus:hidden sm:inline dark:border-zinc-700 dark:bg-zinc-800"
        >
          /
        </kbd>
        <Button
          size="sm"
          variant={facebook ? "primary" : "ghost"}
          aria-pressed={facebook}
          title={t("facebookToggleTitle")}
          onClick={() => {
            setFacebook((f) => !f);
            setSubmitError(null);
            inputRef.current?.focus();
          }}
          className="whitespace-nowrap"
        >
          {t("facebookToggle")}
        </Button>
      </InputFrame>
      {parts ? (
        <parts.SearchBoxPanel
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
          textSearch={textSearch}
          textResults={
            searchingText ? (
              <parts.SearchResults
                listId={listId}
                state={text}
                query={value}
                active={active}
                onActive={setActive}
                onOpen={openHit}
              />
            ) : null
          }
        />
      ) : (
        // Until the panel arrives: the element the field is described by, empty.
        <div id={feedbackId} hidden />
      )}
    </form>
  );
}
