// A/B of two builds' first picture on screen, interleaved in one browser: `npx tsx
// tests/e2e/tools/ab-first-picture.mts DIST_A DIST_B [sample|province] [rounds]`. The same probe,
// settling and server as the first-picture benchmark; prints both medians and B/A round by round.
import { chromium } from "playwright-core";
import { serveBench } from "../../bench/bench-server";
import { closeAndSettle, onScreen, openPage, SAMPLE_GEODATA } from "../../bench/browser-bench";
import { alternate, median } from "../../bench/harness";
import { provinceGeodata } from "../../bench/province-files";
import { chromiumArguments } from "../browser";

const [distA, distB, scale = "sample", roundsText = "5"] = process.argv.slice(2);
if (!distA || !distB) throw new Error("usage: ab-first-picture.mts DIST_A DIST_B [sample|province] [rounds]");
const geodata = scale === "province" ? provinceGeodata() : SAMPLE_GEODATA;
const [serverA, serverB] = await Promise.all([
  serveBench(distA, { geodata }),
  serveBench(distB, { geodata }),
]);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArguments });
const load = async (url: string) => {
  const { context, page } = await openPage(browser, url);
  const ms = await onScreen(page);
  await closeAndSettle(browser, context);
  return ms;
};
await load(serverA.url);
await load(serverB.url);
const samples = await alternate(
  Number(roundsText),
  () => load(serverB.url),
  () => load(serverA.url),
);
const a = median(samples.baseline);
const b = median(samples.candidate);
console.log(`A ${distA}: ${samples.baseline.map(Math.round).join(" ")} (median ${Math.round(a)} ms)`);
console.log(`B ${distB}: ${samples.candidate.map(Math.round).join(" ")} (median ${Math.round(b)} ms)`);
console.log(`B/A ${(b / a).toFixed(2)}`);
await browser.close();
await Promise.all([serverA.close(), serverB.close()]);
