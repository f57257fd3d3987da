// A real OpenID Connect provider for the e2e tests (oidc-provider), on 127.0.0.1.
// Its development login form accepts any login and password: the login typed is
// the account's e-mail, so a test chooses who signs in. Consent is pre-granted.
// Run: npx tsx e2e/support/oidc-server.ts (OIDC_PORT, OIDC_REDIRECT_URI, OIDC_PARENT_PID).
import Provider from "oidc-provider";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } from "./env";

const port = Number(process.env.OIDC_PORT ?? 4290);
const redirectUri = process.env.OIDC_REDIRECT_URI;
if (!redirectUri) throw new Error("OIDC_REDIRECT_URI is required (the app's /api/auth/callback/oidc)");
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: OIDC_CLIENT_ID,
      client_secret: OIDC_CLIENT_SECRET,
      redirect_uris: [redirectUri],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: id, email_verified: !id.startsWith("unverified"), name: id.split("@")[0] };
      },
    };
  },
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // Auth.js reads the profile from the ID token, so the scope claims go in it.
  conformIdTokenClaims: false,
  cookies: { keys: ["e2e-oidc-cookie-key-not-secret"] },
  features: { devInteractions: { enabled: true } },
  async loadExistingGrant(ctx) {
    const { oidc } = ctx;
    if (!oidc.client || !oidc.session?.accountId) return undefined;
    const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
    if (grantId) return oidc.provider.Grant.find(grantId);
    const grant = new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
});

// Refusals are printed so a failing SSO test says why.
for (const event of ["grant.error", "authorization.error", "server_error"] as const) {
  provider.on(event, (_ctx: unknown, err: { message?: string; error_description?: string }) => {
    console.error(
      `[oidc] ${event}: ${err.message ?? ""} ${err.error_description ?? ""} ${(err as { error_detail?: string }).error_detail ?? ""}`,
    );
  });
}

const server = provider.listen(port, "127.0.0.1", () => {
  console.log(`OIDC test provider listening on ${issuer}`);
});

const stop = () => server.close(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

// Like simulator/main.ts: never outlive the test runner that started us.
const parentPid = Number(process.env.OIDC_PARENT_PID);
if (Number.isInteger(parentPid) && parentPid > 0) {
  setInterval(() => {
    try {
      process.kill(parentPid, 0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ESRCH") stop();
    }
  }, 2000).unref();
}
