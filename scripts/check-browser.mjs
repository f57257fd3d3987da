// Runs before the e2e tests: a clear message instead of Playwright's download hint,
// which cannot work on a machine without internet access.
import { existsSync } from "node:fs";

const path = process.env.CHROME_PATH ?? "/usr/bin/chromium";
if (!existsSync(path)) {
  console.error(
    `No Chromium at ${path}. Install Debian's (sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.`,
  );
  process.exit(1);
}
