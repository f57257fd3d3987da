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
import { useKeyboardShortcut } from "@/lib/inbox/client/use-keyboard-shortcut";
import { useRecentSearches } from "@/lib/inbox/client/use-recent-searches";
import { SearchBoxPanel } from "./search-box-panel";

const SEARCH_INPUT_ID = "inbox-search";

// One field for every kind of identifier. It says what it understood as the agent
// types; Enter opens the canonical conversation URL. Invalid input never leaves
// the browser: the parser runs here, and nothing is fetched until the URL opens.
export function SearchBox({ defaultCountry }: { defaultCountry: string }) {
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

  const {
    parsed,
    message,
    explain,
    prepare: prepareParser,
    parseNow,
  } = useIdentifierParser(value, { defaultCountry, facebook });

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
    const result = await parseNow();
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
