import { createHash } from "node:crypto";

// The parts of Redis keys that name an Octopush account or a request. Hashes,
// so a key never holds the API key, and never a phone number or an e-mail
// address from a request's filters. The key layout: docs/shared-state.md.

function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

/** One Octopush account (api-login and api-key): instances with the same credentials share its cap and cache. */
export function credentialScope(apiLogin: string, apiKey: string): string {
  return digest(`octopush-credential\0${apiLogin}\0${apiKey}`);
}

/** One request to Octopush (its full URL: every filter and page). */
export function requestId(url: string): string {
  return digest(`octopush-request\0${url}`);
}
