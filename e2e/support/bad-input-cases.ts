// Query strings /api/messages must refuse with a 400 and a message, before any
// call to Octopush (which would cast or drop them and answer *all* messages).
// Shared by the route test (Vitest, exact call log) and e2e/bad-input.spec.ts.

export interface BadInputCase {
  name: string;
  /** The raw query string, already encoded as a browser or a script would send it. */
  query: string;
  /** What the message must mention, so a person knows what to fix. */
  message: RegExp;
  /**
   * Next's server drops this parameter before a route handler sees the URL
   * (it builds the query as a plain object, where `__proto__` is no key), so
   * through the real server the request is the same as one without it.
   */
  droppedByNext?: true;
}

const enc = encodeURIComponent;
const PHONE = "%2B33612345678";

export const BAD_INPUT_CASES: BadInputCase[] = [
  // page
  { name: "page 0", query: "page=0", message: /page must be a whole number/ },
  { name: "negative page", query: "page=-1", message: /page must be a whole number/ },
  { name: "huge page", query: "page=99999999999999999999", message: /page must be a whole number/ },
  { name: "page past the maximum", query: "page=100001", message: /page must be a whole number from 1 to 100000/ },
  { name: "decimal page", query: "page=1.5", message: /page must be a whole number/ },
  { name: "page in exponent form", query: "page=1e3", message: /page must be a whole number/ },
  { name: "page as a word", query: "page=abc", message: /page must be a whole number/ },
  { name: "empty page", query: "page=", message: /page must be a whole number/ },
  { name: "page with a sign", query: "page=%2B1", message: /page must be a whole number/ },
  { name: "page in hex", query: "page=0x10", message: /page must be a whole number/ },
  { name: "page in fullwidth digits", query: `page=${enc("２")}`, message: /page must be a whole number/ },
  { name: "page with a trailing space", query: "page=1%20", message: /page must be a whole number/ },
  { name: "page as JSON", query: `page=${enc('{"$gt":0}')}`, message: /page must be a whole number/ },
  // per_page
  { name: "per_page 0", query: "per_page=0", message: /per_page must be a whole number from 1 to 100/ },
  { name: "per_page 101", query: "per_page=101", message: /per_page must be a whole number from 1 to 100/ },
  {
    name: "per_page 150 (above 100, not a multiple of 100)",
    query: "per_page=150",
    message: /or a multiple of 100 up to 1000/,
  },
  { name: "per_page 1100", query: "per_page=1100", message: /or a multiple of 100 up to 1000/ },
  { name: "per_page 1e3", query: "per_page=1e3", message: /per_page must be a whole number/ },
  { name: "per_page -1", query: "per_page=-1", message: /per_page must be a whole number/ },
  { name: "per_page 10abc", query: "per_page=10abc", message: /per_page must be a whole number/ },
  { name: "per_page Infinity", query: "per_page=Infinity", message: /per_page must be a whole number/ },
  { name: "per_page NaN", query: "per_page=NaN", message: /per_page must be a whole number/ },
  // duplicates and array-style parameters
  { name: "duplicate page", query: "page=1&page=2", message: /"page" is given more than once/ },
  {
    name: "duplicate contact",
    query: `contact=${PHONE}&contact=${PHONE}`,
    message: /"contact" is given more than once/,
  },
  { name: "array-style page[]", query: "page[]=1", message: /Unknown parameter "page\[\]"/ },
  { name: "array-style contact[0]", query: `contact[0]=${PHONE}`, message: /Unknown parameter "contact\[0\]"/ },
  { name: "bracketed object param", query: "contact[$ne]=x", message: /Unknown parameter/ },
  { name: "__proto__", query: "__proto__[admin]=1", message: /Unknown parameter "__proto__\[admin\]"/ },
  { name: "plain __proto__", query: "__proto__=1", message: /Unknown parameter "__proto__"/, droppedByNext: true },
  { name: "constructor.prototype", query: "constructor[prototype][x]=1", message: /Unknown parameter/ },
  { name: "unknown parameter", query: "sort=asc", message: /Unknown parameter "sort"/ },
  { name: "Octopush parameter with another case", query: "Page=2", message: /Unknown parameter "Page"/ },
  // several filters at once
  {
    name: "phone and e-mail at once",
    query: `phone_number=${PHONE}&email=jane%40example.org`,
    message: /one filter at a time/,
  },
  {
    name: "contact and conversation_id",
    query: `contact=${PHONE}&conversation_id=cid_0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b`,
    message: /one filter at a time/,
  },
  {
    name: "all five filters",
    query: `contact=${PHONE}&phone_number=${PHONE}&email=a%40b.co&facebook_id=123&conversation_id=cid_0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b`,
    message: /one filter at a time/,
  },
  // overlong strings
  { name: "10 kB contact", query: `contact=${"1".repeat(10_240)}`, message: /contact is too long/ },
  { name: "10 kB e-mail", query: `email=${"a".repeat(10_230)}%40example.org`, message: /email is too long/ },
  { name: "10 kB parameter name", query: `${"x".repeat(10_240)}=1`, message: /Unknown parameter/ },
  // unicode tricks
  { name: "RTL override in a phone", query: `phone_number=${enc("+33\u202E612345678")}`, message: /phone_number:/ },
  { name: "zero-width space in a phone", query: `contact=${enc("+336\u200B12345678")}`, message: /contact:/ },
  { name: "zero-width joiner in an e-mail", query: `email=${enc("ja\u200Dne@example.org")}`, message: /email:/ },
  { name: "Cyrillic homoglyph in an e-mail", query: `email=${enc("j\u0430ne@example.org")}`, message: /email:/ },
  { name: "NUL in a contact", query: `contact=${enc("+33612345678\u0000")}`, message: /contact:/ },
  { name: "NUL as the whole value", query: "contact=%00", message: /contact:/ },
  { name: "Arabic-Indic digits in facebook_id", query: `facebook_id=${enc("١٢٣")}`, message: /facebook_id:/ },
  { name: "empty contact", query: "contact=", message: /contact:/ },
  { name: "blank contact", query: "contact=%20%20", message: /contact:/ },
  // the wrong kind of identifier for the filter
  { name: "phone in the email filter", query: `email=${PHONE}`, message: /email:/ },
  { name: "word in the facebook_id filter", query: "facebook_id=abc", message: /facebook_id:/ },
  { name: "number in the conversation_id filter", query: "conversation_id=123", message: /conversation_id:/ },
  { name: "national number without a country", query: "phone_number=06", message: /phone_number:/ },
  // injection strings
  { name: "SQL injection", query: `contact=${enc("' OR 1=1 --")}`, message: /contact:/ },
  {
    name: "SQL injection after a phone",
    query: `phone_number=${enc("+33612345678'; DROP TABLE messages;--")}`,
    message: /phone_number:/,
  },
  { name: "NoSQL operator as a value", query: `email=${enc('{"$ne":null}')}`, message: /email:/ },
  { name: "shell substitution", query: `contact=${enc("$(rm -rf /)")}`, message: /contact:/ },
  {
    name: "shell pipe in a phone",
    query: `phone_number=${enc("+33612345678 | cat /etc/passwd")}`,
    message: /phone_number:/,
  },
  { name: "script tag", query: `contact=${enc("<script>alert(1)</script>")}`, message: /contact:/ },
  { name: "path traversal", query: `conversation_id=${enc("../../etc/passwd")}`, message: /conversation_id:/ },
  { name: "CRLF header injection", query: `email=${enc("a@b.co\r\nX-Injected: 1")}`, message: /email:/ },
  {
    name: "parameter smuggling in a value",
    query: `contact=${enc("+33612345678&per_page=1000")}`,
    message: /contact:/,
  },
];
