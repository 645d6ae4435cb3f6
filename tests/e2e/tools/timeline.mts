// Prints the app's performance marks and resource timings for one load: where start-up time goes.
import { chromium } from "playwright-core";
import { chromiumArguments } from "../browser";
import { serveDirectory } from "../static-server";

const server = await serveDirectory(
  process.env.BINHYEN_DIST ?? new URL("../../../dist", import.meta.url).pathname,
);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArguments });
for (let run = 0; run < 3; run++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName("binhyen:first-idle").length > 0, undefined, {
    timeout: 60_000,
  });
  const entries = await page.evaluate(() =>
    performance
      .getEntries()
      .filter((entry) => entry.entryType === "mark" || entry.entryType === "resource")
      .map((entry) => ({
        name: entry.name.replace(/^.*\//, ""),
        start: Math.round(entry.startTime),
        end: Math.round(entry.startTime + entry.duration),
      })),
  );
  console.log(`--- run ${run}`);
  for (const entry of entries)
    console.log(entry.start.toString().padStart(6), entry.end.toString().padStart(6), entry.name);
  await page.close();
}
await browser.close();
await server.close();
