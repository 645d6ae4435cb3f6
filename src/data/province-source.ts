// `?data=province` shows the generated province (200 communes, 3,000 hamlets, 100,000 incidents)
// instead of geodata/, so anyone can see the app at province scale. Its files are made from a
// seed in a worker, nothing is downloaded, and the page reads them through the same queries,
// parsing and join as files from the server.
import type { ProvinceWorkerApi } from "../workers/province.worker";
import type { FetchText } from "./queries";

/** The base URL the province's queries are keyed under (never fetched). */
export const PROVINCE_BASE_URL = "generated-province/";

/** True when the page's address asks for the generated province. */
export function wantsProvince(search: string): boolean {
  return new URLSearchParams(search).get("data") === "province";
}

let files: Promise<Record<string, string>> | null = null;

function generated(): Promise<Record<string, string>> {
  files ??= (async () => {
    const worker = new Worker(new URL("../workers/province.worker.ts", import.meta.url), {
      type: "module",
      name: "province",
    });
    // Comlink comes with the province: the sample's first screen never loads it.
    const Comlink = await import("comlink");
    const api = Comlink.wrap<ProvinceWorkerApi>(worker);
    try {
      return await api.files();
    } finally {
      api[Comlink.releaseProxy]();
      worker.terminate();
    }
  })();
  return files;
}

/** Reads a file of the generated province by its name, as fetchText reads one from the server. */
export const readProvince: FetchText = async (url) => (await generated())[url.replace(/^.*\//u, "")] ?? null;
