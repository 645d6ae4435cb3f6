// The one place both readers (the import engine and the manifest's layers) give hamlets without
// a code their generated code, and say so in one message per file.
import { generateHamletCodes } from "../domain/hamlet-codes";
import type { Kind, Message } from "../domain/types";
import { sheetMessage } from "./sheet-messages";

export interface WithCodes {
  features: unknown[];
  /** Indices of the features that got a generated code. */
  generated: ReadonlySet<number>;
  message: Message | null;
}

export function withGeneratedCodes(kind: Kind, features: readonly unknown[], file: string): WithCodes {
  if (kind !== "hamlets") return { features: features as unknown[], generated: new Set(), message: null };
  const result = generateHamletCodes(features);
  if (result.generated.length === 0)
    return { features: result.features, generated: new Set(), message: null };
  const examples = result.generated
    .slice(0, 2)
    .map(({ code }) => `“${code}”`)
    .join(", ");
  return {
    features: result.features,
    generated: new Set(result.generated.map(({ index }) => index)),
    message: sheetMessage(
      "hamlet-code-generated",
      { file, property: "code" },
      { count: result.generated.length, found: examples },
    ),
  };
}
