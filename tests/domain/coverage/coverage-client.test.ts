// The coverage client: on the main thread where there is no Worker (as here), and through Comlink
// over a message channel standing in for the worker, where only options cross after the load.
import * as Comlink from "comlink";
import { describe, expect, it } from "vitest";
import { buildCoverageIndex, computeCoverage } from "../../../src/domain/coverage";
import { createCoverageSession } from "../../../src/domain/coverage/coverage-session";
import type { IsoDate } from "../../../src/domain/types";
import { createCoverageClient } from "../../../src/workers/coverage-client";
import { fixtureDataset } from "./fixture";

const { layers } = fixtureDataset();
const options = { from: "2021-01-01" as IsoDate, to: "2021-12-31" as IsoDate, radiusKm: 5 };
const expected = computeCoverage(buildCoverageIndex(layers), options);

/** A stand-in for `new Worker(…)`: the session exposed on the far end of a message channel. */
function channelWorker() {
  const channel = new MessageChannel();
  Comlink.expose(createCoverageSession(), channel.port2);
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

describe("the coverage client", () => {
  it("runs on the main thread without Worker, with the same figures", async () => {
    expect(typeof Worker).toBe("undefined");
    const client = createCoverageClient();
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

  it("posts the dataset once, then only options, through a worker", async () => {
    const { worker, messages } = channelWorker();
    const client = createCoverageClient({ createWorker: () => worker });
    expect(client.offMainThread).toBe(true);
    await client.load(layers);
    const sizeOf = (message: unknown) => JSON.stringify(message).length;
    expect(sizeOf(messages[0])).toBeGreaterThan(5_000);
    expect(await client.compute(options)).toEqual(expected);
    const wider = await client.compute({ ...options, radiusKm: 6 });
    expect(wider.totals.populationWithinRadius).toBe(2400);
    expect(messages).toHaveLength(3);
    expect(messages.slice(1).every((message) => sizeOf(message) < 500)).toBe(true);
    client.dispose();
    await expect(client.compute(options)).rejects.toThrow("disposed");
  });
});
