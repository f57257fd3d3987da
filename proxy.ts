import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { buildAuthConfig } from "@/lib/auth.config";

// First gate for every page and API route; the rules live in the `authorized`
// callback (lib/auth.config.ts). Route handlers still check the session themselves.
// Not the lazy `NextAuth(() => config)` form: with it, `auth(wrapper)` returns a
// Promise, and Next needs `proxy` to be a function. Loaded only at run time.
const { auth } = NextAuth(buildAuthConfig());

// The wrapper form is used because next-auth's bare form relies on an
// `instanceof Request` check that NextRequest does not always pass.
export const proxy = auth(() => NextResponse.next());

export const config = {
  // Skip build assets and files served from public/ (anything with a file extension).
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|.*\\.(?:svg|png|jpe?g|gif|webp|avif|ico|txt|xml|webmanifest|css|js|map|woff2?)$).*)"],
};
