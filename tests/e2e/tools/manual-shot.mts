import { launchChromium } from "../browser";
import { AppDriver, DESKTOP, PROJECTOR } from "../driver";
import { serveDirectory } from "../static-server";

const server = await serveDirectory(
  process.env.BINHYEN_DIST ?? new URL("../../../dist", import.meta.url).pathname,
);
const browser = await launchChromium();
const query = process.argv[2] ?? "";
for (const [name, viewport] of [
  ["desktop", DESKTOP],
  ["projector", PROJECTOR],
] as const) {
  const t0 = Date.now();
  const app = await AppDriver.open(browser, server.url, { viewport, query });
  await app.waitForMapIdle();
  console.log(name, "idle after", Date.now() - t0, "ms");
  await app.page.waitForTimeout(500);
  await app.screenshot(`${process.env.BINHYEN_SHOT ?? "manual"}-${name}`);
  console.log("errors", app.consoleErrors, "foreign", app.foreignRequests());
  console.log("labels", (await app.renderedLabels()).slice(0, 12));
  for (const s of ["units", "hamlets", "sites", "incidents"]) console.log(s, await app.sourceFeatureCount(s));
  await app.close();
}
await browser.close();
await server.close();
