// The shapes and labels of identifiers, apart from the parser: client code that
// only shows identifiers imports this and stays free of libphonenumber's metadata.

export type IdentifierKind = "phone" | "email" | "facebook" | "conversation";

export interface Identifier {
  kind: IdentifierKind;
  /** Canonical: `+33612345678`, `jane@example.org`, `fid_123`, `cid_<lower-case uuid>`. */
  value: string;
  /** What a person reads: `+33 6 12 34 56 78`. */
  display: string;
}

/**
 * Why an input is not an identifier. A code and its values, not a sentence: the
 * search box says it in the agent's language (`identifier.problem.<code>` in the
 * catalogs), the API in English (lib/inbox/server/parse-messages-request.ts).
 */
export type IdentifierProblem =
  | { code: "empty" }
  | { code: "tooLong"; max: number }
  | { code: "phoneCharacters" }
  | { code: "phoneTooShort" }
  | { code: "phoneInvalid"; input: string; country: string }
  | { code: "conversationFormat" }
  | { code: "conversationHint" }
  | { code: "facebookFormat" }
  | { code: "facebookDigits" }
  | { code: "emailInvalid"; input: string }
  | { code: "unrecognised" };

export type ParseResult = { ok: true; identifier: Identifier } | { ok: false; problem: IdentifierProblem };

export interface ParseOptions {
  /** ISO 3166 country for phone numbers typed without a country code. */
  defaultCountry: string;
  /** The agent said what the input is; a bare number then means a Facebook id. */
  hint?: IdentifierKind;
}

/** The values a problem's message takes (`{input}`, `{max}`…), without its code. */
export function problemValues(problem: IdentifierProblem): Record<string, string | number> {
  const { code, ...values } = problem;
  void code;
  return values;
}
