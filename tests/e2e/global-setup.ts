import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { findChromium } from "./browser";
import { type RunningServer, serveDirectory } from "./static-server";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
    browserAvailable: boolean;
  }
}

let server: RunningServer | undefined;

export async function setup(project: TestProject) {
  const browserAvailable = findChromium() !== null;
  const required = process.env.CI === "true" || process.env.BINHYEN_REQUIRE_BROWSER === "1";
  if (!browserAvailable) {
    if (required) throw new Error("Chromium is required for the browser tests (CI) but was not found.");
    console.warn(
      "\n*** Browser tests SKIPPED: Chromium was not found at /usr/bin/chromium.\n" +
        "*** Install it with `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH.\n",
    );
  }
  // BINHYEN_DIST lets a second build (another working copy, another engineer) be tested side by side.
  const dist = process.env.BINHYEN_DIST ?? resolve(import.meta.dirname, "../../dist");
  if (browserAvailable && !existsSync(resolve(dist, "index.html")))
    throw new Error("dist/ is missing: run `npm run build` before the browser tests.");
  server = browserAvailable ? await serveDirectory(dist) : undefined;
  project.provide("appUrl", server?.url ?? "");
  project.provide("browserAvailable", browserAvailable);
}

export async function teardown() {
  await server?.close();
}
