// The planner client: the same functions on the main thread where there is no Worker (as here),
// and through Comlink over a message channel standing in for the worker.
import * as Comlink from "comlink";
import { describe, expect, it } from "vitest";
import { pickSites } from "../../src/domain/planner/pick-sites";
import { planInputFromHamlets } from "../../src/domain/planner/plan-input";
import { DEFAULT_WEIGHTS, type PickOptions } from "../../src/domain/planner/planner-types";
import { plannerLib } from "../../src/workers/planner.worker";
import { createPlannerClient } from "../../src/workers/planner-client";
import { at, coveredSince, hamlet } from "../domain/planner/fixtures";

const hamlets = [
  hamlet("model", { ...at(0), ...coveredSince(2020), distanceToModelKm: 0 }),
  hamlet("near", { ...at(3), population: 400, distanceToModelKm: 3 }),
  hamlet("far-a", { ...at(20), population: 900, distanceToModelKm: 20 }),
  hamlet("far-b", { ...at(22), population: 700, distanceToModelKm: 22 }),
  hamlet("lone", { ...at(0, 30), population: 300, distanceToModelKm: 30 }),
];
const options: PickOptions = { k: 2, radiusKm: 5, objective: "population" };
const expected = pickSites(planInputFromHamlets(hamlets, { weights: DEFAULT_WEIGHTS }), options);

function channelWorker(): Worker {
  const channel = new MessageChannel();
  Comlink.expose(plannerLib, channel.port2);
  const port = channel.port1;
  return {
    postMessage: (message: unknown, transfer?: Transferable[]) => port.postMessage(message, transfer ?? []),
    addEventListener: port.addEventListener.bind(port),
    removeEventListener: port.removeEventListener.bind(port),
    terminate: () => {
      port.close();
      channel.port2.close();
    },
    start: () => port.start(),
  } as unknown as Worker;
}

describe("the planner client", () => {
  it("falls back to the main thread without Worker, with the same plan", async () => {
    expect(typeof Worker).toBe("undefined");
    const client = createPlannerClient();
    expect(client.offMainThread).toBe(false);
    const result = await client.pick(hamlets, { weights: DEFAULT_WEIGHTS }, options);
    expect(result).toEqual(expected);
    // far-a reaches far-b too: 1,600 people; then the lone hamlet
    expect(result.picks.map((pick) => [pick.code, pick.gain])).toEqual([
      ["far-a", 1600],
      ["lone", 300],
    ]);
    await expect(client.pick(hamlets, { weights: DEFAULT_WEIGHTS }, { ...options, k: -1 })).rejects.toThrow(
      RangeError,
    );
    client.dispose();
    await expect(client.pick(hamlets, { weights: DEFAULT_WEIGHTS }, options)).rejects.toThrow("disposed");
  });

  it("gives the same plan through a worker", async () => {
    const client = createPlannerClient({ createWorker: channelWorker });
    expect(client.offMainThread).toBe(true);
    expect(await client.pick(hamlets, { weights: DEFAULT_WEIGHTS }, options)).toEqual(expected);
    client.dispose();
    await expect(client.pick(hamlets, { weights: DEFAULT_WEIGHTS }, options)).rejects.toThrow("disposed");
  });

  it("runs on the main thread when told to, even where Worker exists", () => {
    expect(createPlannerClient({ createWorker: null }).offMainThread).toBe(false);
  });
});
