// An import's result in the shape the dataset assembly takes (ParsedLayer with its FileReport),
// so files of any format join and report exactly like geodata/ files.
import type { FileReport, Layers, Message } from "../../domain/types";
import type { ParsedLayer } from "../parse-layer";
import type { ImportResult } from "./import-types";

function statusOf(result: ImportResult): FileReport["status"] {
  const errors = result.messages.some((message) => message.level === "error");
  if (errors && result.counts.accepted === 0 && result.counts.read === result.counts.rejected) {
    // Nothing came through a file-level refusal (format, CRS, syntax): the file is unusable.
    const fileLevel = result.messages.some(
      (message) => message.level === "error" && message.featureIndex === null,
    );
    if (fileLevel) return "unreadable";
  }
  if (errors) return "errors";
  return result.messages.some((message: Message) => message.level === "warning") ? "warnings" : "ok";
}

export function toParsedLayer(file: string, result: ImportResult): ParsedLayer {
  const repaired = Object.values(result.counts.repaired).reduce((sum, count) => sum + count, 0);
  return {
    collection: result.collection as unknown as Layers[typeof result.detection.kind],
    report: {
      file,
      kind: result.detection.kind,
      status: statusOf(result),
      read: result.counts.read,
      accepted: result.counts.accepted,
      repaired: Math.min(repaired, result.counts.accepted),
      rejected: result.counts.rejected,
      messages: result.messages,
    },
    featureIndices: result.featureIndices ?? result.collection.features.map((_, index) => index),
    adminPeriod: result.detection.adminPeriod ?? null,
  };
}
