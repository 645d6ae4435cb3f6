// Makes the generated province's files off the main thread (a few seconds of geometry), for
// `?data=province`: the page then reads them as it reads any geodata.
import * as Comlink from "comlink";
import { provinceFiles } from "../sample/province-files";

export const provinceWorkerApi = { files: () => provinceFiles() };

export type ProvinceWorkerApi = typeof provinceWorkerApi;

if (typeof WorkerGlobalScope !== "undefined" && globalThis instanceof WorkerGlobalScope) {
  Comlink.expose(provinceWorkerApi);
}
