import { expect, test } from "@playwright/test";

test("a signed-in agent opens a conversation and reads its newest messages", async ({ page }) => {
  await page.goto("/conversations/+33612345678");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Grand Compte");
  // The simulator numbers this contact's 10,000 messages; the newest is #10000.
  await expect(page.getByText(/#10000\b/).first()).toBeVisible();
});

test("the API answers the inbox's own shape with real simulator data", async ({ request }) => {
  const res = await request.get("/api/messages?phone_number=06%2012%2034%2056%2078&per_page=5");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ page: 1, perPage: 5, hasMore: true });
  expect(body.messages).toHaveLength(5);
  expect(body.messages[0]).toMatchObject({ contactName: "Grand Compte", contact: { phone: "+33612345678" } });
});

test("bad input is a 400 with a message", async ({ request }) => {
  const res = await request.get("/api/messages?phone_number=hello");
  expect(res.status()).toBe(400);
  expect((await res.json()).error.message).toMatch(/phone_number/);
});
