// The report's word on records placed across the 2025 reform: per file, how many were placed
// through the crosswalk and how many by location, and why (their period is not the units').
import type { JoinNote } from "../domain/join";
import type { AdminPeriod, Layers, Message } from "../domain/types";
import { gazetteerMessage } from "./gazetteer-messages";

interface Origin {
  file: string;
}

export function acrossMessages(
  notes: readonly JoinNote[],
  originOf: (note: JoinNote) => Origin | undefined,
  layers: Layers,
): Message[] {
  const counts = new Map<
    string,
    { file: string; period: AdminPeriod; method: "crosswalk" | "location"; count: number }
  >();
  for (const note of notes) {
    const method = note.result.joinedBy;
    if (!note.result.across || (method !== "crosswalk" && method !== "location")) continue;
    const properties = layers[note.kind].features[note.position]?.properties as
      | { adminPeriod?: AdminPeriod }
      | undefined;
    const period = properties?.adminPeriod;
    if (!period) continue;
    const file = originOf(note)?.file ?? note.kind;
    const key = `${file}\u0000${period}\u0000${method}`;
    const entry = counts.get(key) ?? { file, period, method, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].map(({ file, period, method, count }) =>
    gazetteerMessage(
      method === "crosswalk" ? "join-across-crosswalk" : "join-across-location",
      { file },
      { count, period },
    ),
  );
}
