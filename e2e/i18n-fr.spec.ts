import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { InboxPage } from "./pages/inbox-page";
import { fetchThreadPage, ThreadPage } from "./pages/thread-page";
import { startAppInstance, type AppInstance } from "./support/app-instance";
import { waitForHydration } from "./support/hydration";
import { AGENT, APP_PORT, APP_URL, OIDC_LABEL, SIM_URL } from "./support/env";
import { statusLabel, translator } from "./support/i18n";

// The inbox in French (issue 13): chosen by the browser's Accept-Language (the
// context's locale) or by the language switch, whose cookie wins. URLs never change.

const fr = translator("fr");
const en = translator("en");
const BIG = "+33612345678"; // Grand Compte
const NOBODY = "+33699999999"; // no messages in the seed
const FAULTY = "+33699000213"; // this spec's own contact for faults

async function fault(request: APIRequestContext, spec: Record<string, unknown>) {
  const res = await request.post(`${SIM_URL}/__sim/faults`, { data: spec });
  expect(res.status()).toBe(201);
}

// Next's route announcer is an empty role="alert" on every page: an error is an alert with text.
const errorAlert = (page: Page) => page.getByRole("alert").filter({ hasText: /\S/ });

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/**
 * English words that would betray an untranslated string. Whole words, case as
 * written: French shares "Conversation", "Messages", "Contact" and brand names
 * (SMS, WhatsApp, Octopush Inbox), which are not listed.
 */
const ENGLISH = [
  "the",
  "and",
  "of",
  "with",
  "to",
  "is",
  "not",
  "or",
  "no",
  "No",
  "in",
  "Sign",
  "Search",
  "Retry",
  "Try",
  "again",
  "Loading",
  "Delivered",
  "Sent",
  "Failed",
  "Pending",
  "Queued",
  "Read",
  "Copy",
  "Copied",
  "Open",
  "Phone",
  "Email",
  "Password",
  "Skip",
  "Back",
  "Jump",
  "newest",
  "older",
  "Today",
  "Yesterday",
  "Channel",
  "Unknown",
  "Received",
  "Assigned",
  "Something",
  "found",
  "recent",
  "Recent",
  "Find",
  "link",
  "Link",
  "Switch",
  "theme",
  "Demo",
  "Enter",
  "Esc",
  "Stop",
  "Beginning",
  "Day",
];
const ENGLISH_RE = new RegExp(`(?<![\\p{L}_-])(?:${ENGLISH.join("|")})(?![\\p{L}_-])`, "u");

/**
 * What the page says to the agent, in text and in attributes a screen reader or
 * a tooltip reads; without what the agent did not write (translate="no":
 * messages, names, identifiers) and without what is marked as another language
 * (lang="en" on the switch's "English").
 */
async function interfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll(
      'script, style, template, noscript, [translate="no"], [lang]:not([lang^="fr"])',
    ))
      el.remove();
    const out = [document.title];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of body.querySelectorAll("*")) {
      for (const name of ["aria-label", "title", "placeholder", "alt", "aria-roledescription"]) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
}

async function expectNoEnglish(page: Page, where: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  // The SSO button says what the operator wrote in AUTH_OIDC_NAME, in the operator's language.
  const english = (await interfaceText(page)).filter((text) => text !== OIDC_LABEL && ENGLISH_RE.test(text));
  expect(english, `English left on ${where}`).toEqual([]);
}

test.describe("in French, from the browser's language", () => {
  test.use({ locale: "fr-FR" });

  test.describe("signed out", () => {
    test.use({ storageState: { cookies: [], origins: [] } });

    test("the sign-in page speaks French, refuses a wrong password in French, then lets the agent in", async ({
      page,
    }) => {
      await page.goto("/login");
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await expect(page).toHaveTitle(`${fr("meta.signIn")} · Octopush Inbox`);
      await expect(page.getByText(fr("login.tagline"))).toBeVisible();
      await page.getByLabel(fr("login.email")).fill(AGENT.email);
      await page.getByLabel(fr("login.password")).fill("pas-le-bon");
      await page.getByRole("button", { name: fr("login.submit") }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(fr("login.errors.wrongCredentials"));
      await expectNoEnglish(page, "/login with an error");

      await page.getByLabel(fr("login.password")).fill(AGENT.password);
      await page.getByRole("button", { name: fr("login.submit") }).click();
      await expect(page).toHaveURL(/\/inbox$/);
      await expect(page.getByRole("button", { name: fr("account.signOut") })).toBeVisible();
    });

    test("a refused sign-in is explained in French", async ({ page }) => {
      await page.goto("/login?error=AccessDenied");
      await expect(page.getByRole("alert", { name: fr("login.notice.label") })).toHaveText(
        fr("login.notice.AccessDenied"),
      );
    });

    test("the sign-in page has no accessibility violations in French", async ({ page }) => {
      await page.goto("/login");
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await expectNoAxeViolations(page);
    });
  });

  test("search: what the field understood, what it cannot read, and the thread it opens", async ({ page }) => {
    const inbox = new InboxPage(page);
    await page.goto("/inbox");
    const search = page.getByRole("searchbox", { name: fr("search.label") });
    await search.fill("06 12 34 56 78");
    await expect(inbox.understood).toHaveText("Ouvrir Téléphone +33 6 12 34 56 78");
    await search.fill("bonjour");
    await search.press("Enter");
    await expect(inbox.searchError).toHaveText(fr("identifier.problem.unrecognised"));
    await expectNoEnglish(page, "/inbox with a search error");

    await search.fill("0612345678");
    await search.press("Enter");
    // The URL is the same in every language: a colleague in English opens the same link.
    await expect(page).toHaveURL(new RegExp(`/conversations/\\${BIG}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Grand Compte");
  });

  test("a thread: delivery statuses, days and buttons in French", async ({ page }) => {
    const thread = new ThreadPage(page);
    // A delivered and a not-delivered message among the newest of Grand Compte.
    const { messages } = await fetchThreadPage(page.request, BIG, 1, 100);
    const delivered = messages.find((m) => m.deliveryStatus?.toLowerCase() === "delivered");
    const undelivered = messages.find((m) => m.deliveryStatus?.toLowerCase() === "not_delivered");
    await thread.goto(BIG);
    await thread.ready();
    const header = page.getByTestId("contact-header");
    await expect(header.getByRole("button", { name: fr("thread.header.copyLink") })).toBeVisible();
    await expect(header.getByRole("button", { name: fr("thread.header.copy.phone") })).toBeVisible();
    await expect(page.getByRole("log", { name: "Conversation avec Grand Compte" })).toBeVisible();
    for (const m of [delivered, undelivered]) {
      if (!m) continue;
      const status = thread.message(m.id).locator("[data-status]");
      if ((await status.count()) === 0) continue;
      await expect(status).toHaveText(statusLabel(m.deliveryStatus!, "fr"));
    }
    expect(statusLabel("DELIVERED", "fr")).toBe("Distribué");
    expect(statusLabel("NOT_DELIVERED", "fr")).toBe("Non distribué");
    // Day separators: "Aujourd’hui", "Hier" or "lundi 2 juin 2025".
    const day = page.getByRole("separator", { name: fr("thread.day") }).first();
    await expect(day).toHaveText(
      /^(Aujourd’hui|Hier|(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \p{Ll}+ \d{4})$/u,
    );
    // Times on a 24-hour clock, the full date in French in the tooltip.
    const time = thread.messages.last().locator("time");
    await expect(time).toHaveText(/^\d{2}:\d{2}$/);
    await expect(time).toHaveAttribute(
      "title",
      /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) .* à \d{2}:\d{2}$/,
    );
    await expectNoEnglish(page, `/conversations/${BIG}`);
  });

  test("an Octopush failure is explained in French, with a way to try again", async ({ page, request }) => {
    await fault(request, { match: FAULTY, status: 401 });
    await page.goto(`/conversations/${FAULTY}`);
    const alert = errorAlert(page);
    await expect(alert).toContainText(fr("thread.states.failed"));
    await expect(alert).toContainText(fr("errors.upstream_auth"));
    await expect(alert.getByRole("button", { name: fr("common.retry") })).toBeVisible();
    // The API itself keeps its English message for other callers; the browser translated the code.
    const api = await request.get(`/api/messages?contact=${encodeURIComponent(FAULTY)}`);
    expect((await api.json()).error.code).toBe("upstream_auth");
    await expectNoEnglish(page, "a thread Octopush refused");
  });

  test("every main screen is free of English words", async ({ page }) => {
    const screens: Array<[string, (p: Page) => Promise<void>]> = [
      ["/inbox", async (p) => expect(new InboxPage(p).rows.first()).toBeVisible()],
      [`/conversations/${BIG}`, async (p) => new ThreadPage(p).ready()],
      [`/conversations/${NOBODY}`, async (p) => expect(p.getByRole("heading", { level: 1 })).toBeVisible()],
      ["/conversations/pas-une-cle", async (p) => expect(p.getByRole("heading", { level: 1 })).toBeVisible()],
      ["/cette-page-n-existe-pas", async (p) => expect(p.getByRole("heading", { level: 1 })).toBeVisible()],
    ];
    for (const [path, ready] of screens) {
      await page.goto(path);
      await ready(page);
      await expectNoEnglish(page, path);
    }
    // The search panel's help and recent searches, open.
    await page.goto("/inbox");
    await page.getByRole("searchbox").focus();
    await expect(page.getByText(fr("search.help"))).toBeVisible();
    await expectNoEnglish(page, "/inbox with the search panel open");
  });

  test("the inbox and a thread have no accessibility violations in French", async ({ page }) => {
    await page.goto("/inbox");
    await expect(new InboxPage(page).rows.first()).toBeVisible();
    await expectNoAxeViolations(page);
    const thread = new ThreadPage(page);
    await thread.goto(BIG);
    await thread.ready();
    await expectNoAxeViolations(page);
  });
});

test.describe("the language switch", () => {
  // Signed in, the switch saves the choice on the account: on an instance of this test's own
  // (own store), so the shared agent keeps no saved language that would outweigh the
  // browser's in the other specs.
  test.describe("signed in", () => {
    test.use({ storageState: { cookies: [], origins: [] }, locale: "en-US" });
    test.describe.configure({ mode: "serial" });
    let app: AppInstance | undefined;
    test.beforeAll(async () => {
      app = await startAppInstance(APP_PORT + 33, { AUTH_TRUST_HOST: "true" });
    });
    test.afterAll(async () => {
      await app?.stop();
    });

    async function signIn(page: Page, locale: "en" | "fr") {
      const t = locale === "fr" ? fr : en;
      await page.goto(`${app!.url}/login`);
      await waitForHydration(page.locator("form").filter({ has: page.getByLabel(t("login.password")) }));
      await page.getByLabel(t("login.email")).fill(AGENT.email);
      await page.getByLabel(t("login.password")).fill(AGENT.password);
      await page.getByRole("button", { name: t("login.submit") }).click();
      // This instance is cold (started for this describe): its first inbox takes seconds.
      await expect(page).toHaveURL(/\/inbox$/, { timeout: 30_000 });
    }

    test("switches the same URL to French and back, and its cookie outweighs the browser's language", async ({
      page,
      context,
    }) => {
      await signIn(page, "en");
      await page.goto(`${app!.url}/conversations/${BIG}`);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("button", { name: en("account.signOut") })).toBeVisible();

      await page.getByRole("button", { name: "Français" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await expect(page.getByRole("button", { name: fr("account.signOut") })).toBeVisible();
      await expect(page).toHaveURL(`${app!.url}/conversations/${BIG}`);
      await expect(page.getByRole("button", { name: "Français" })).toHaveAttribute("aria-pressed", "true");
      const cookie = (await context.cookies()).find((c) => c.name === "inbox-locale");
      expect(cookie).toMatchObject({ value: "fr", httpOnly: true, sameSite: "Lax" });

      // The browser still asks for English (en-US): the agent's choice wins, after a reload too.
      await page.reload();
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Grand Compte");

      await page.getByRole("button", { name: "English" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("button", { name: en("account.signOut") })).toBeVisible();
    });

    test("the choice is saved on the account: another browser opens in it after signing in", async ({ browser }) => {
      // Three browsers sign in one after another: ~6 s each on a busy 2-core machine, over the default 30 s.
      test.slow();
      const first = await browser.newContext({ locale: "en-US" });
      const other = await browser.newContext({ locale: "en-US" });
      try {
        const page = await first.newPage();
        await signIn(page, "en");
        await page.getByRole("button", { name: "Français" }).click();
        await expect(page.locator("html")).toHaveAttribute("lang", "fr");

        // A browser that asks for English and has never seen the switch: signed out, the
        // agent is unknown, so English; signed in, the account's French.
        const elsewhere = await other.newPage();
        await signIn(elsewhere, "en");
        await expect(elsewhere.locator("html")).toHaveAttribute("lang", "fr");
        await expect(elsewhere.getByRole("button", { name: fr("account.signOut") })).toBeVisible();
        expect((await other.cookies()).find((c) => c.name === "inbox-locale")).toBeUndefined();

        // Back to English there: the first browser's cookie still says French, a third follows the account.
        await elsewhere.getByRole("button", { name: "English" }).click();
        await expect(elsewhere.locator("html")).toHaveAttribute("lang", "en");
        await page.reload();
        await expect(page.locator("html")).toHaveAttribute("lang", "fr");
        const third = await browser.newContext({ locale: "fr-FR" });
        try {
          const later = await third.newPage();
          await signIn(later, "fr");
          await expect(later.locator("html")).toHaveAttribute("lang", "en");
        } finally {
          await third.close();
        }
      } finally {
        await first.close();
        await other.close();
      }
    });
  });

  test.describe("signed out", () => {
    test.use({ storageState: { cookies: [], origins: [] }, locale: "fr-FR" });

    test("works on the sign-in page before anyone is known", async ({ page }) => {
      await page.goto("/login");
      await expect(page.getByRole("button", { name: fr("login.submit") })).toBeVisible();
      await page.getByRole("button", { name: "English" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("button", { name: en("login.submit") })).toBeVisible();
      await expect(page).toHaveURL(`${APP_URL}/login`);
    });

    test("ignores a cookie naming a language the inbox does not speak", async ({ page, context }) => {
      await context.addCookies([{ name: "inbox-locale", value: "de", url: APP_URL }]);
      await page.goto("/login");
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    });
  });
});

test.describe("in English", () => {
  test("the inbox and a thread have no accessibility violations", async ({ page }) => {
    await page.goto("/inbox");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(new InboxPage(page).rows.first()).toBeVisible();
    await expectNoAxeViolations(page);
    const thread = new ThreadPage(page);
    await thread.goto(BIG);
    await thread.ready();
    await expectNoAxeViolations(page);
  });

  test.describe("signed out", () => {
    test.use({ storageState: { cookies: [], origins: [] } });

    test("the sign-in page has no accessibility violations", async ({ page }) => {
      await page.goto("/login");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expectNoAxeViolations(page);
    });
  });
});
