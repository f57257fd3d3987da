import { expect, type Locator } from "@playwright/test";

/**
 * Waits until React has hydrated the element (it keeps its fiber on the DOM node). A click
 * before that can be lost: the sign-in's submit on a cold server (it stayed on /login; the
 * form itself works without JavaScript), the Share button (no dialog opened).
 */
export async function waitForHydration(element: Locator) {
  await expect
    .poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactFiber"))))
    .toBe(true);
}
