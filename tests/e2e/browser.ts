// Finding and starting Debian's Chromium. A test tool's own browser download cannot work here
// (no internet), so the browser is the system one, driven by playwright-core.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function findChromium(): string | null {
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

// Without the background-networking flags Chromium keeps trying to reach the internet; the
// swiftshader flags give WebGL2 in software on machines without a GPU.
export const chromiumArguments = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

/** `extraArguments` adds to the usual ones, e.g. `--disable-webgl` for a browser without WebGL. */
export async function launchChromium(extraArguments: string[] = []): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("Chromium not found");
  return chromium.launch({ executablePath, args: [...chromiumArguments, ...extraArguments], headless: true });
}
