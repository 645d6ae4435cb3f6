// Units without codes (GADM: NAME_3 "ChiềngPha", no code at all) get their official code, name
// and type from the gazetteer, by exact folded name; a name that is only close gets suggestions
// for the user and a provisional generated code, never a guess. The file's spelling stays beside
// the official one ("nameInFile"), and every original column stays as it was.

import type { Gazetteer, GazetteerProvince, GazetteerUnit } from "../../domain/gazetteer/gazetteer-types";
import { generateUnitCode, isGeneratedUnitCode } from "../../domain/gazetteer/generated-code";
import { isNameOf, unitsWithCode, unitWithCode } from "../../domain/gazetteer/lookup";
import { matchUnit } from "../../domain/gazetteer/match-unit";
import { weighPeriods } from "../../domain/gazetteer/period-evidence";
import { foldName } from "../../domain/names";
import { describeFound } from "../../domain/schema-rules";
import type { AdminPeriod, Message } from "../../domain/types";
import { type GazetteerMessageCode, gazetteerMessage } from "../gazetteer-messages";
import type { UnitCandidateReport, UnitMatchReport } from "./import-types";
import { chooseProvince, readHints, spaceGlued, type UnitHints } from "./unit-hints";

export interface UnitResolutionOptions {
  file: string;
  gazetteer: Gazetteer | null;
  province: string | null;
  adminPeriod: AdminPeriod | null;
  unitChoices: Record<string, string> | null;
}

export interface UnitResolution {
  features: unknown[];
  messages: Message[];
  matches: UnitMatchReport[];
  period: AdminPeriod | null;
  province: string | null;
  /** Units given an official code, name or type from the gazetteer. */
  found: number;
}

const OTHER: Record<AdminPeriod, AdminPeriod> = {
  "before-2025-07-01": "from-2025-07-01",
  "from-2025-07-01": "before-2025-07-01",
};

interface Context {
  options: UnitResolutionOptions;
  province: GazetteerProvince | null;
  period: AdminPeriod | null;
  messages: Message[];
  taken: Set<string>;
  choices: Map<string, string>;
}

function decidePeriod(context: Context, hints: readonly UnitHints[]): void {
  const { options, province, messages } = context;
  const evidence = province
    ? weighPeriods(
        province,
        hints.map((hint) => ({
          code: hint.code && !isGeneratedUnitCode(hint.code) ? hint.code : null,
          name: hint.name,
        })),
      )
    : null;
  const where = { file: options.file, property: "adminPeriod" };
  const votes = evidence?.period ? `${evidence.votes[evidence.period]}/${evidence.total}` : "";
  if (options.adminPeriod !== null) {
    context.period = options.adminPeriod;
    const other = OTHER[options.adminPeriod];
    if (evidence && evidence.period === other) {
      const found = `${evidence.votes[other]}/${evidence.total}`;
      messages.push(gazetteerMessage("admin-period-conflict", where, { found, period: options.adminPeriod }));
    }
    return;
  }
  if (evidence?.period) {
    context.period = evidence.period;
    messages.push(gazetteerMessage("admin-period-found", where, { found: votes, period: evidence.period }));
  } else if (province) {
    context.period = "before-2025-07-01";
    const found = evidence && evidence.total > 0 ? `0/${evidence.total}` : "0";
    messages.push(gazetteerMessage("admin-period-assumed", where, { found, period: context.period }));
  }
}

function candidateReports(
  candidates: readonly { unit: GazetteerUnit; distance: number }[],
): UnitCandidateReport[] {
  return candidates.map(({ unit, distance }) => ({
    code: unit.code,
    name: unit.name,
    unitType: unit.unitType,
    district: unit.district,
    distance,
  }));
}

function describeCandidates(candidates: readonly UnitCandidateReport[]): string {
  return candidates
    .map(
      (candidate) =>
        `${candidate.code} ${candidate.name}${candidate.district ? ` (${candidate.district})` : ""}`,
    )
    .join("; ");
}

/** Official code, name, type, district, province and period onto the feature's properties. */
function official(properties: Record<string, unknown>, unit: GazetteerUnit, nameInFile: string | null) {
  properties.code = unit.code;
  properties.name = unit.name;
  if (nameInFile !== null && nameInFile !== unit.name) properties.nameInFile = nameInFile;
  properties.unitType = unit.unitType;
  properties.district = unit.district;
  properties.province = unit.province;
  if (properties.areaKm2 === undefined && unit.areaKm2 !== null) properties.areaKm2 = unit.areaKm2;
}

function resolveOne(context: Context, hint: UnitHints, matches: UnitMatchReport[]): boolean {
  const { options, province, period, messages } = context;
  const properties = hint.properties;
  if (properties === null) return false;
  const where = { file: options.file, featureIndex: hint.index, featureId: hint.name, property: "name" };
  const say = (
    code: GazetteerMessageCode,
    details: Parameters<typeof gazetteerMessage>[2],
    property = "name",
  ) => messages.push(gazetteerMessage(code, { ...where, property }, { period, ...details }));
  if (hint.badCode !== undefined) {
    properties.codeInFile = hint.badCode;
    say("unit-code-invalid", { found: describeFound(hint.badCode) }, "code");
  }
  if (period !== null) properties.adminPeriod = period;
  const name = hint.name;
  const report = (
    status: UnitMatchReport["status"],
    candidates: UnitCandidateReport[] = [],
    ambiguous = false,
  ) =>
    matches.push({
      featureIndex: hint.index,
      nameInFile: name ?? "",
      status,
      code: String(properties.code ?? ""),
      name: String(properties.name ?? ""),
      candidates,
      ambiguous,
    });
  const choice =
    name === null ? undefined : (context.choices.get(name) ?? context.choices.get(foldName(name)));
  if (choice !== undefined && name !== null) {
    const unit = province && period ? unitWithCode(province, period, choice) : null;
    if (unit) official(properties, unit, name);
    else {
      properties.code = choice;
      say("unit-choice-unknown", { found: JSON.stringify(name), used: choice });
    }
    context.taken.add(choice);
    say("unit-chosen", { found: JSON.stringify(name), used: unit ? `${unit.code} ${unit.name}` : choice });
    report("chosen");
    return unit !== null;
  }
  if (hint.code !== null && !isGeneratedUnitCode(hint.code)) {
    // A unit with its own code keeps its code and name; the gazetteer only checks them.
    properties.code = hint.code;
    if (province && period) {
      const holders = unitsWithCode(province, period, hint.code);
      const holder = (name && holders.find((unit) => isNameOf(unit, name, province))) || holders[0];
      if (!holder) say("unit-code-not-in-gazetteer", { found: hint.code, used: province.province }, "code");
      else if (name !== null && !isNameOf(holder, name, province))
        say(
          "unit-code-name-differs",
          { found: hint.code, used: holder.name, expected: JSON.stringify(name) },
          "code",
        );
      else if (properties.unitType === undefined || properties.unitType === null)
        properties.unitType = holder.unitType;
    }
    report("code");
    return false;
  }
  if (name === null) return false;
  const match =
    province && period
      ? matchUnit(province, { name, period, district: hint.district, unitType: hint.unitType })
      : null;
  if (match?.status === "exact") {
    official(properties, match.unit, name);
    context.taken.add(match.unit.code);
    report("exact");
    return true;
  }
  // A code generated by an earlier import is kept, so that re-imports give the same codes.
  const code = hint.code ?? generateUnitCode(name, context.taken);
  context.taken.add(code);
  properties.code = code;
  const spaced = spaceGlued(name);
  properties.name = spaced;
  if (spaced !== name) properties.nameInFile = name;
  if (hint.unitType !== null) properties.unitType = hint.unitType;
  const quoted = JSON.stringify(name);
  if (match?.status === "suggested") {
    const candidates = candidateReports(match.candidates);
    const message = match.ambiguous ? "unit-ambiguous" : "unit-suggested";
    say(message, { found: quoted, used: describeCandidates(candidates), expected: code });
    report("suggested", candidates, match.ambiguous);
  } else {
    if (province) say("unit-unknown", { found: quoted, used: province.province, expected: code });
    else say("unit-no-gazetteer", { found: quoted, expected: code });
    report("unknown");
  }
  return false;
}

/** Resolves a units layer's features (already mapped to our names) before they are checked. */
export function resolveUnits(features: readonly unknown[], options: UnitResolutionOptions): UnitResolution {
  const hints = readHints(features);
  const choice = chooseProvince(options.gazetteer, options.province, hints);
  const context: Context = {
    options,
    province: choice.province,
    period: options.adminPeriod,
    messages: [],
    taken: new Set(hints.flatMap((hint) => (hint.code === null ? [] : [hint.code]))),
    choices: new Map(
      Object.entries(options.unitChoices ?? {}).flatMap(([name, code]) => [
        [name.normalize("NFC"), code.trim()],
        [foldName(name), code.trim()],
      ]),
    ),
  };
  const needsLookup = hints.some((hint) => hint.code === null || isGeneratedUnitCode(hint.code));
  if (choice.missing !== null && (needsLookup || options.province !== null))
    context.messages.push(
      gazetteerMessage("province-unknown", { file: options.file }, { found: JSON.stringify(choice.missing) }),
    );
  decidePeriod(context, hints);
  // Each feature is changed in a copy: the caller's features (and the rejected ones) stay as read.
  const copies = features.map((feature, index) => {
    const properties = hints[index]?.properties;
    if (!properties) return feature;
    const copy = { ...properties };
    (hints[index] as UnitHints).properties = copy;
    return { ...(feature as object), properties: copy };
  });
  const matches: UnitMatchReport[] = [];
  let found = 0;
  for (const hint of hints) if (resolveOne(context, hint, matches)) found++;
  if (found > 0 && context.province) {
    const [exact = 0, chosen = 0] = ["exact", "chosen"].map(
      (status) => matches.filter((match) => match.status === status).length,
    );
    const details = {
      found: String(exact),
      count: chosen,
      used: context.province.province,
      period: context.period,
    };
    context.messages.push(gazetteerMessage("units-matched", { file: options.file }, details));
  }
  return {
    features: copies,
    messages: context.messages,
    matches,
    period: context.period,
    province: context.province?.province ?? null,
    found,
  };
}
