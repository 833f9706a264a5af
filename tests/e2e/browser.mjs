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

/**
 * Chromium, with `hosts` (names such as `school.test`) resolved to 127.0.0.1, so that a
 * test's pages are served under host names as a reader's are.
 */
export function launch({ hosts = [] } = {}) {
  const rules = hosts.map((host) => `MAP ${host} 127.0.0.1`).join(", ");
  return chromium.launch({ executablePath: CHROMIUM, args: rules ? [...ARGS, `--host-resolver-rules=${rules}`] : ARGS });
}
