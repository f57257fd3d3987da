import { normalizeForSearch } from "./normalize";

// What an agent typed in the search box → the words full-text search looks for,
// and a tsquery built from them. Pure, so it is tested without a store. User text
// never reaches to_tsquery as syntax: it goes through normalizeForSearch (letters
// and digits only), then each word is quoted as one lexeme.

/** Longer input is refused rather than cut: the agent sees why. */
export const MAX_SEARCH_LENGTH = 200;
export const MAX_SEARCH_WORDS = 10;
/** Fewer characters would match most of the index and tell the agent nothing. */
export const MIN_SEARCH_CHARACTERS = 2;

export type SearchQueryProblem =
  | { code: "empty" }
  | { code: "tooShort"; min: number }
  | { code: "tooLong"; max: number }
  | { code: "tooManyWords"; max: number }
  | { code: "noWords" };

export interface SearchQuery {
  /** Normalized words, in the order typed; the last one is matched as a prefix. */
  words: string[];
  /** For `to_tsquery('simple', …)`: every word quoted, ANDed, the last with `:*`. */
  tsquery: string;
}

export type SearchQueryResult = { ok: true; query: SearchQuery } | { ok: false; problem: SearchQueryProblem };

/** One word as a quoted tsquery lexeme: quotes and backslashes escaped even though normalizing leaves none. */
export function quoteLexeme(word: string): string {
  return `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

export function parseSearchQuery(raw: string): SearchQueryResult {
  const trimmed = raw.trim();
  if (trimmed === "") return { ok: false, problem: { code: "empty" } };
  if (trimmed.length > MAX_SEARCH_LENGTH) return { ok: false, problem: { code: "tooLong", max: MAX_SEARCH_LENGTH } };
  const normalized = normalizeForSearch(trimmed);
  if (normalized === "") return { ok: false, problem: { code: "noWords" } };
  // Code points, not UTF-16 units: one emoji-free CJK character is one character.
  if ([...normalized.replace(/ /g, "")].length < MIN_SEARCH_CHARACTERS) {
    return { ok: false, problem: { code: "tooShort", min: MIN_SEARCH_CHARACTERS } };
  }
  const words = [...new Set(normalized.split(" "))];
  if (words.length > MAX_SEARCH_WORDS) return { ok: false, problem: { code: "tooManyWords", max: MAX_SEARCH_WORDS } };
  const tsquery = words
    .map((word, i) => (i === words.length - 1 ? `${quoteLexeme(word)}:*` : quoteLexeme(word)))
    .join(" & ");
  return { ok: true, query: { words, tsquery } };
}

/** The problem in English, for the API's error body (the search box says it in the agent's language). */
export function describeSearchProblem(problem: SearchQueryProblem): string {
  switch (problem.code) {
    case "empty":
      return "Type something to search for (the q parameter is empty).";
    case "tooShort":
      return `Type at least ${problem.min} letters or digits to search messages.`;
    case "tooLong":
      return `A search is at most ${problem.max} characters; shorten it.`;
    case "tooManyWords":
      return `A search is at most ${problem.max} words; keep the most telling ones.`;
    case "noWords":
      return "Search looks for letters and digits; this search has none (only punctuation, symbols or emoji).";
  }
}
