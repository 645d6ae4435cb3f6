// What the gazetteer steps say: units found by name (or not), the administrative period of a
// layer, and problems in the gazetteer's own files. Same shape and prefix as messages.ts (file,
// feature, property, then what happened and what to do), Vietnamese first; the sentences are in
// sentences/gazetteer-sentences.ts.
import type { GazetteerProblem } from "../domain/gazetteer/gazetteer-types";
import type { AdminPeriod, Level, Message } from "../domain/types";
import { sentences } from "./message-sentences";
import { placedMessage, prefix, type Where } from "./messages";
import type { Full, GAZETTEER_SENTENCES, Template } from "./sentences/gazetteer-sentences";

export interface GazetteerDetails {
  found?: string;
  used?: string;
  count?: number;
  expected?: string;
  period?: AdminPeriod | null;
}

export type GazetteerMessageCode = keyof typeof GAZETTEER_SENTENCES;

const LEVELS: Record<GazetteerMessageCode, Level> = {
  "units-matched": "info",
  "unit-suggested": "warning",
  "unit-ambiguous": "warning",
  "unit-unknown": "warning",
  "unit-no-gazetteer": "warning",
  "unit-chosen": "info",
  "unit-choice-unknown": "warning",
  "unit-code-invalid": "info",
  "unit-code-name-differs": "warning",
  "unit-code-not-in-gazetteer": "info",
  "admin-period-found": "info",
  "admin-period-by-date": "info",
  "admin-period-assumed": "warning",
  "admin-period-conflict": "warning",
  "join-across-crosswalk": "info",
  "join-across-location": "info",
  "period-view-rolled-up": "info",
  "period-view-unplaced": "warning",
  "period-view-partial": "warning",
  "period-view-no-old-boundaries": "error",
  "period-view-no-gazetteer": "error",
  "period-view-unknown": "error",
  "province-unknown": "warning",
  "gazetteer-file-missing": "error",
  "gazetteer-column-missing": "error",
  "gazetteer-bad-value": "error",
  "gazetteer-duplicate-code": "error",
  "gazetteer-unknown-code": "warning",
  "gazetteer-duplicate-name": "warning",
  "gazetteer-empty": "error",
};

export function gazetteerMessage(
  code: GazetteerMessageCode,
  where: Where,
  details: GazetteerDetails = {},
  level: Level = LEVELS[code],
): Message {
  const words = sentences().gazetteer;
  const full: Full = {
    found: details.found ?? "",
    used: details.used ?? "",
    count: details.count ?? 0,
    expected: details.expected ?? "",
    period: words.periodText(details.period ?? null),
    other: words.periodText(
      details.period === "before-2025-07-01"
        ? "from-2025-07-01"
        : details.period === "from-2025-07-01"
          ? "before-2025-07-01"
          : null,
    ),
  };
  return placedMessage(level, code, where, (words.messages[code] as Template)(full), {
    expected: details.expected ?? null,
    found: details.found ?? null,
  });
}

/** A problem in a gazetteer CSV, placed by line and column rather than feature and property. */
export function gazetteerProblemMessage(problem: GazetteerProblem): Message {
  const details = {
    found: problem.found === null ? "" : JSON.stringify(problem.found),
    expected: problem.expected ?? "",
  };
  const message = gazetteerMessage(problem.code, { file: problem.file }, details, problem.level);
  const line = problem.line === null ? [] : [`dòng ${problem.line}`, `line ${problem.line}`];
  const column = problem.column === null ? [] : [`cột “${problem.column}”`, `column “${problem.column}”`];
  const vi = [line[0], column[0]]
    .filter(Boolean)
    .map((part) => `, ${part}`)
    .join("");
  const en = [line[1], column[1]]
    .filter(Boolean)
    .map((part) => `, ${part}`)
    .join("");
  const head = prefix({ file: problem.file });
  return {
    ...message,
    featureIndex: problem.line,
    property: problem.column,
    text: {
      vi: message.text.vi.replace(head.vi, `${head.vi.slice(0, -2)}${vi}: `),
      en: message.text.en.replace(head.en, `${head.en.slice(0, -2)}${en}: `),
    },
  };
}
