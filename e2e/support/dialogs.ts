import { expect, type Page } from "@playwright/test";

/** Collects alert/confirm/prompt dialogs (dismissing them): any one means a payload ran. */
export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * The dialogs seen up to now, without waiting on the clock: a dialog of our own goes
 * through the same listener, so once it is recorded, any dialog a payload opened
 * before it has been recorded too.
 */
export async function dialogsSoFar(page: Page, dialogs: string[]): Promise<string[]> {
  await page.evaluate(() => alert("e2e-sentinel"));
  await expect.poll(() => dialogs.at(-1)).toBe("e2e-sentinel");
  return dialogs.slice(0, -1);
}
