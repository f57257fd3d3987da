import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import type { IdentifierKind, ParseOptions, ParseResult } from "./identifier-kinds";

export * from "./identifier-kinds";

// What an agent types (or a URL carries) to name a contact or conversation, and
// its one canonical form: the form used in URLs, query keys and Octopush calls.
// Shared by the server and the search box, so both understand input the same way.

export const MAX_IDENTIFIER_LENGTH = 254;

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const CID_RE = new RegExp(`^(?:cid_)?(${UUID})$`, "i");
const FID_RE = /^fid_(\d{1,30})$/i;
const BARE_DIGITS_RE = /^\d{1,30}$/;
// Digits with the separators people type in phone numbers; nothing else.
const PHONE_CHARS_RE = /^\+?[\d\s().\-/]+$/;
// zod's e-mail pattern (z.regexes.email, the one z.email() uses), copied so the
// search box does not ship zod to the browser (it weighed ~28 kB gzipped of the
// 185 kB budget, docs/benchmarks.md); identifiers.test.ts checks the copy still
// equals zod's.
export const EMAIL_RE =
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

function fail(message: string): ParseResult {
  return { ok: false, message };
}

function ok(kind: IdentifierKind, value: string, display: string): ParseResult {
  return { ok: true, identifier: { kind, value, display } };
}

export function parsePhone(input: string, defaultCountry: string): ParseResult {
  const trimmed = input.trim();
  if (!PHONE_CHARS_RE.test(trimmed)) {
    return fail("A phone number may only contain digits, spaces, dots, dashes, brackets and a leading +.");
  }
  // "0033 6 ..." is the international prefix written out: the same as "+33 6 ...".
  const international = trimmed.replace(/^00/, "+");
  const phone = parsePhoneNumberFromString(international, defaultCountry.toUpperCase() as CountryCode);
  if (!phone || !phone.isValid()) {
    const digits = trimmed.replace(/\D/g, "").length;
    return fail(
      digits < 6
        ? "This phone number is too short."
        : `"${trimmed}" is not a valid phone number. Numbers without a country code are read as ${defaultCountry.toUpperCase()}; add the code (e.g. +44) for other countries.`,
    );
  }
  return ok("phone", phone.number, phone.formatInternational());
}

/** Understands any of the four identifier kinds; never throws. */
export function parseIdentifier(rawInput: string, options: ParseOptions): ParseResult {
  const input = rawInput.normalize("NFKC").trim();
  if (input === "") return fail("Type a phone number, an e-mail address, a Facebook id or a conversation id.");
  if (input.length > MAX_IDENTIFIER_LENGTH)
    return fail(`That is too long to be an identifier (${MAX_IDENTIFIER_LENGTH} characters at most).`);

  const cid = CID_RE.exec(input);
  if (cid?.[1]) {
    const value = `cid_${cid[1].toLowerCase()}`;
    return ok("conversation", value, value);
  }
  if (/^cid_/i.test(input))
    return fail("A conversation id is cid_ followed by a UUID, such as cid_0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b.");

  const fid = FID_RE.exec(input);
  if (fid?.[1]) return ok("facebook", `fid_${fid[1]}`, `fid_${fid[1]}`);
  if (/^fid_/i.test(input)) return fail("A Facebook id is fid_ followed by digits, such as fid_1234567890.");
  if (options.hint === "facebook") {
    if (BARE_DIGITS_RE.test(input)) return ok("facebook", `fid_${input}`, `fid_${input}`);
    return fail("A Facebook id is made of digits, with or without fid_ in front.");
  }

  if (input.includes("@")) {
    const email = input.toLowerCase();
    if (!EMAIL_RE.test(email)) return fail(`"${input}" is not a valid e-mail address.`);
    return ok("email", email, email);
  }
  if (options.hint === "email") return fail(`"${input}" is not a valid e-mail address.`);
  if (options.hint === "conversation") return fail("A conversation id is cid_ followed by a UUID.");

  if (PHONE_CHARS_RE.test(input)) return parsePhone(input, options.defaultCountry);
  return fail("Not a phone number, e-mail address, Facebook id (fid_…) or conversation id (cid_…).");
}
