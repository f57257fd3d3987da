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

export type ParseResult = { ok: true; identifier: Identifier } | { ok: false; message: string };

export interface ParseOptions {
  /** ISO 3166 country for phone numbers typed without a country code. */
  defaultCountry: string;
  /** The agent said what the input is; a bare number then means a Facebook id. */
  hint?: IdentifierKind;
}

export const KIND_LABELS: Record<IdentifierKind, string> = {
  phone: "Phone",
  email: "Email",
  facebook: "Facebook id",
  conversation: "Conversation",
};

/** "Phone +33 6 12 34 56 78": what the search box says it understood. */
export function describeIdentifier(identifier: Identifier): string {
  return `${KIND_LABELS[identifier.kind]} ${identifier.display}`;
}
