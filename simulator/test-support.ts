import { startSimulator } from "./server";
import type { RunningSimulator } from "./server";

// Shared by the simulator's own tests; not part of the runtime.
export const TEST_LOGIN = "tests@octopush-inbox.invalid";
export const TEST_KEY = "test-key-do-not-log-7f3a";
export const AUTH_HEADERS = { "api-login": TEST_LOGIN, "api-key": TEST_KEY };

export function startTestSimulator(): Promise<RunningSimulator> {
  return startSimulator({ port: 0, apiLogin: TEST_LOGIN, apiKey: TEST_KEY });
}

export interface ListedMessage {
  message_id: string;
  text: string;
  channel: string;
  direction: string;
  contact_name: string | null;
  contact_identifiers: {
    phone_number: string | null;
    email: string | null;
    facebook_id: string | null;
  };
  [key: string]: unknown;
}

export async function list(sim: RunningSimulator, query: string): Promise<ListedMessage[]> {
  const res = await fetch(`${sim.baseUrl}/conversations/messages/list${query ? `?${query}` : ""}`, {
    headers: AUTH_HEADERS,
  });
  if (res.status !== 200) throw new Error(`unexpected status ${res.status}`);
  return (await res.json()) as ListedMessage[];
}
