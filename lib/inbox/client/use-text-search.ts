"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { parseSearchQuery, type SearchQueryProblem } from "@/lib/message-index/search-query";
import type { SearchHit } from "@/lib/message-index/search-types";
import { inboxKeys } from "./query-options";
import { fetchSearch } from "./search-client";

/** Typing pauses shorter than this do not start a request. */
const DEBOUNCE_MS = 150;

export type TextSearchState =
  | { status: "off" }
  /** The text cannot be searched yet (too short, no letters…): the box says why. */
  | { status: "problem"; problem: SearchQueryProblem }
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "done"; results: SearchHit[]; stale: boolean };

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const id = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(id);
  }, [value, ms]);
  return debounced;
}

/**
 * Search by name and text for what the agent typed, when `enabled` (the index is
 * on and the text is not an identifier). The words are checked here first, so a
 * one-letter or emoji-only text never leaves the browser.
 */
export function useTextSearch(value: string, enabled: boolean): TextSearchState {
  const debounced = useDebounced(value, DEBOUNCE_MS);
  const parsed = parseSearchQuery(debounced);
  const tsquery = parsed.ok ? parsed.query.tsquery : "";
  const query = useQuery({
    queryKey: inboxKeys.search(tsquery),
    queryFn: ({ signal }) => fetchSearch(debounced, signal),
    enabled: enabled && parsed.ok,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    retry: false,
  });
  if (!enabled) return { status: "off" };
  if (!parsed.ok) return { status: "problem", problem: parsed.problem };
  if (query.isError) return { status: "error", message: query.error.message };
  if (!query.data) return { status: "loading" };
  return { status: "done", results: query.data.results, stale: query.isPlaceholderData || debounced !== value };
}
