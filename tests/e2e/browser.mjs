// Launching Debian's Chromium for the browser tests, the screenshots and the benchmark.
// Never a downloaded browser: playwright-core drives /usr/bin/chromium.
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

// The flags that keep Chromium quiet on a closed network.
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
