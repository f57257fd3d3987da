// Auth.js endpoints: session, csrf, credentials callback, sign-out.
import { handlers } from "@/lib/auth/auth";

export const { GET, POST } = handlers;
