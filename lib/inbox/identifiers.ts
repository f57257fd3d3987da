import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import type { IdentifierKind, IdentifierProblem, ParseOptions, ParseResult } from "./identifier-kinds";

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

function fail(problem: IdentifierProblem): ParseResult {
  return { ok: false, problem };
}

function ok(kind: IdentifierKind, value: string, display: string): ParseResult {
  return { ok: true, identifier: { kind, value, display } };
}

export function parsePhone(input: string, defaultCountry: string): ParseResult {
  const trimmed = input.trim();
  if (!PHONE_CHARS_RE.test(trimmed)) {
    return fail({ code: "phoneCharacters" });
  }
  // "0033 6 ..." is the international prefix written out: the same as "+33 6 ...".
  const international = trimmed.replace(/^00/, "+");
  const phone = parsePhoneNumberFromString(international, defaultCountry.toUpperCase() as CountryCode);
  if (!phone || !phone.isValid()) {
    const digits = trimmed.replace(/\D/g, "").length;
    return fail(
      digits < 6
        ? { code: "phoneTooShort" }
        : { code: "phoneInvalid", input: trimmed, country: defaultCountry.toUpperCase() },
    );
  }
  return ok("phone", phone.number, phone.formatInternational());
}

/** Understands any of the four identifier kinds; never throws. */
export function parseIdentifier(rawInput: string, options: ParseOptions): ParseResult {
  const input = rawInput.normalize("NFKC").trim();
  if (input === "") return fail({ code: "empty" });
  if (input.length > MAX_IDENTIFIER_LENGTH) return fail({ code: "tooLong", max: MAX_IDENTIFIER_LENGTH });

  const cid = CID_RE.exec(input);
  if (cid?.[1]) {
    const value = `cid_${cid[1].toLowerCase()}`;
    return ok("conversation", value, value);
  }
  if (/^cid_/i.test(input)) return fail({ code: "conversationFormat" });

  const fid = FID_RE.exec(input);
  if (fid?.[1]) return ok("facebook", `fid_${fid[1]}`, `fid_${fid[1]}`);
  if (/^fid_/i.test(input)) return fail({ code: "facebookFormat" });
  if (options.hint === "facebook") {
    if (BARE_DIGITS_RE.test(input)) return ok("facebook", `fid_${input}`, `fid_${input}`);
    return fail({ code: "facebookDigits" });
  }

  if (input.includes("@")) {
    const email = input.toLowerCase();
    if (!EMAIL_RE.test(email)) return fail({ code: "emailInvalid", input });
    return ok("email", email, email);
  }
  if (options.hint === "email") return fail({ code: "emailInvalid", input });
  if (options.hint === "conversation") return fail({ code: "conversationHint" });

  if (PHONE_CHARS_RE.test(input)) return parsePhone(input, options.defaultCountry);
  return fail({ code: "unrecognised" });
}
