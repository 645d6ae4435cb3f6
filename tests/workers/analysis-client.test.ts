// The analysis client: on the main thread where there is no Worker (as here), and through Comlink
// over a message channel standing in for the worker, where the dataset crosses once, as columns,
// and every later request carries only its parameters.
import * as Comlink from "comlink";
import { describe, expect, it } from "vitest";
import {
  createAnalysisSession,
  derivePlanner,
  type PlannerRequest,
} from "../../src/domain/analysis/analysis-session";
import { buildCoverageIndex, computeCoverage } from "../../src/domain/coverage";
import { pickSites } from "../../src/domain/planner/pick-sites";
import { planInputFromHamlets } from "../../src/domain/planner/plan-input";
import { DEFAULT_WEIGHTS } from "../../src/domain/planner/planner-types";
import type { IsoDate } from "../../src/domain/types";
import { coverageEngine } from "../../src/ui/coverage/engine";
import { createAnalysisClient } from "../../src/workers/analysis-client";
import { fixtureDataset } from "../domain/coverage/fixture";

const { layers } = fixtureDataset();
const options = { from: "2021-01-01" as IsoDate, to: "2021-12-31" as IsoDate, radiusKm: 5 };
const expected = computeCoverage(buildCoverageIndex(layers), options);
const unitNames = Object.fromEntries(
  layers.units.features.map((unit) => [unit.properties.code, unit.properties.name]),
);
const plannerRequest: PlannerRequest = {
  coverage: options,
  ranking: { windowYears: 1 },
  choices: { weights: DEFAULT_WEIGHTS, objective: "population", picks: [], lockedIn: [], ruledOut: [] },
};
const pickRequest = {
  coverage: options,
  input: { weights: DEFAULT_WEIGHTS, ranking: { windowYears: 1 } },
  options: { k: 2, radiusKm: 5, objective: "population" as const },
};

/** A stand-in for `new Worker(…)`: the session exposed on the far end of a message channel. */
function channelWorker() {
  const channel = new MessageChannel();
  Comlink.expose(createAnalysisSession(), channel.port2);
  const messages: unknown[] = [];
  const port = channel.port1;
  const worker = {
    postMessage: (message: unknown, transfer?: Transferable[]) => {
      messages.push(message);
      port.postMessage(message, transfer ?? []);
    },
    addEventListener: port.addEventListener.bind(port),
    removeEventListener: port.removeEventListener.bind(port),
    terminate: () => {
      port.close();
      channel.port2.close();
    },
    start: () => port.start(),
  };
  return { worker: worker as unknown as Worker, messages };
}

describe("the analysis client", () => {
  it("runs on the main thread without Worker, with the same figures", async () => {
    expect(typeof Worker).toBe("undefined");
    const client = createAnalysisClient();
    expect(client.offMainThread).toBe(false);
    await expect(client.compute(options)).rejects.toThrow("load a dataset");
    const summary = await client.load(layers);
    expect(summary).toEqual({
      units: 4,
      hamlets: 7,
      incidents: 26,
      outsideIncidents: 1,
      dataFrom: "2019-01-05",
      dataTo: "2022-12-20",
    });
    expect(await client.compute(options)).toEqual(expected);
    await expect(client.compute({ ...options, radiusKm: -1 })).rejects.toThrow(RangeError);
    client.dispose();
    await expect(client.compute(options)).rejects.toThrow("disposed");
  });

  it("is the page's one engine behind coverageEngine, its client's code loaded with the first request", async () => {
    const engine = coverageEngine();
    expect(coverageEngine()).toBe(engine);
    expect((await engine.load(layers)).hamlets).toBe(7);
    expect(await engine.compute(options)).toEqual(expected);
    expect((await engine.planner(plannerRequest)).ranked.length).toBeGreaterThan(0);
    expect((await engine.pick(pickRequest)).picks).toHaveLength(2);
  });

  it("posts the dataset once, as columns, then only parameters, through a worker", async () => {
    const { worker, messages } = channelWorker();
    const client = createAnalysisClient({ createWorker: () => worker });
    expect(client.offMainThread).toBe(true);
    await client.load(layers);
    // The same layers again (another view asking): nothing crosses.
    await client.load(layers);
    expect(messages).toHaveLength(1);
    const posted = JSON.stringify(messages[0]);
    expect(posted).not.toContain(layers.incidents.features[0]?.properties.date);
    expect(await client.compute(options)).toEqual(expected);
    const wider = await client.compute({ ...options, radiusKm: 6 });
    expect(wider.totals.populationWithinRadius).toBe(2400);
    expect(await client.planner(plannerRequest)).toEqual(derivePlanner(expected, plannerRequest, unitNames));
    const plan = await client.pick(pickRequest);
    expect(plan).toEqual(
      pickSites(planInputFromHamlets(expected.hamlets, pickRequest.input), pickRequest.options),
    );
    expect(plan.picks.length).toBeGreaterThan(0);
    expect(messages).toHaveLength(5);
    expect(messages.slice(1).every((message) => JSON.stringify(message).length < 1000)).toBe(true);
    client.dispose();
    await expect(client.compute(options)).rejects.toThrow("disposed");
  });

  it("runs on the main thread when told to, even where Worker exists", () => {
    expect(createAnalysisClient({ createWorker: null }).offMainThread).toBe(false);
  });
});
