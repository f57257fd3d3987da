"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { problemValues, type IdentifierProblem, type ParseResult } from "@/lib/inbox/identifier-kinds";
import type * as IdentifiersModule from "@/lib/inbox/identifiers";

// The parser carries libphonenumber’s metadata (~30 kB gzipped, docs/benchmarks.md): it loads when the
// agent first focuses the field, not with every page.
type Parser = typeof IdentifiersModule;
let parserLoad: Promise<Parser> | undefined;
function loadParser(): Promise<Parser> {
  parserLoad ??= import("@/lib/inbox/identifiers");
  return parserLoad;
}

/** A bare run of digits may be a Facebook id the agent forgot to mark as one. */
export function mayBeFacebookId(value: string, facebook: boolean): boolean {
  return !facebook && /^\d{6,30}$/.test(value.trim());
}

/**
 * What the search field's text is, read as the agent types once the parser has
 * loaded (`prepare` starts the load); `parseNow` waits for it, for an Enter
 * pressed before it arrived.
 */
export function useIdentifierParser(value: string, options: { defaultCountry: string; facebook: boolean }) {
  const problems = useTranslations("identifier.problem");
  const facebookHint = useTranslations("search")("facebookHint");
  const [parser, setParser] = useState<Parser | null>(null);
  const parse = (p: Parser): ParseResult =>
    p.parseIdentifier(value, {
      defaultCountry: options.defaultCountry,
      hint: options.facebook ? "facebook" : undefined,
    });
  const parsed = value.trim() === "" || !parser ? null : parse(parser);
  /** Why the text is not an identifier, in the agent's language. */
  const explain = (problem: IdentifierProblem): string => {
    const text = problems(problem.code, problemValues(problem));
    return mayBeFacebookId(value, options.facebook) ? `${text} ${facebookHint}` : text;
  };
  return {
    parsed,
    /** Why the text is not understood, null while it is (or is empty). */
    message: parsed && !parsed.ok ? explain(parsed.problem) : null,
    explain,
    prepare: () => {
      if (!parser) void loadParser().then(setParser);
    },
    parseNow: async (): Promise<ParseResult> => parsed ?? parse(await loadParser()),
  };
}
