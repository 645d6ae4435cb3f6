import type { UnitCode } from "../domain/types";
import { allocateProportionally } from "./allocation";
import { dayOf, LAST_DAY } from "./dates";
import { EXAMPLE_MODEL_HAMLET_NAME, EXAMPLE_UNIT_CODE, TOWN_UNIT_CODE } from "./district-table";
import type { Hamlet } from "./hamlets";
import type { Random } from "./random";

// The movement's history in the sample: Chiềng Pha first (Bản Heo Trại, 2019, then all 12 of its
// hamlets within a year), eleven more model points spread over 2019–2022, replication inside
// those communes after each model point, and a plan for 2023.

const MODEL_COUNT = 12;
const ADOPTION_YEARS = [2019, 2019, 2020, 2020, 2020, 2021, 2021, 2021, 2022, 2022, 2022] as const;
const PLANNED_RANGE = [20, 30] as const;
const COVERED_RANGE = [86, 93] as const;

export interface ModelUnit {
  unitCode: UnitCode;
  modelHamlet: Hamlet;
  adoptedDay: number;
}

// Chiềng Pha came first (February–April 2019); the other 2019 models follow it. Months up to
// September leave even the 2022 models a few months of "after" in the incident data.
function laterAdoptionDay(year: number, random: Random): number {
  return year === 2019
    ? dayOf(year, random.integer(6, 11), random.integer(1, 28))
    : dayOf(year, random.integer(1, 9), random.integer(1, 28));
}

function byUnit(hamlets: readonly Hamlet[]): Map<UnitCode, Hamlet[]> {
  const groups = new Map<UnitCode, Hamlet[]>();
  for (const hamlet of hamlets) groups.set(hamlet.unitCode, [...(groups.get(hamlet.unitCode) ?? []), hamlet]);
  return groups;
}

function replicate(hamlet: Hamlet, day: number) {
  hamlet.modelStatus = "replicated";
  hamlet.modelSinceDay = Math.min(day, LAST_DAY);
}

/** Sets modelStatus and modelSinceDay on every hamlet; returns the 12 model units by date. */
export function assignModelStatus(hamlets: readonly Hamlet[], random: Random): ModelUnit[] {
  const units = byUnit(hamlets);
  const example = units.get(EXAMPLE_UNIT_CODE) ?? [];
  const exampleModel = example.find((hamlet) => hamlet.name === EXAMPLE_MODEL_HAMLET_NAME);
  if (!exampleModel) throw new Error("Chiềng Pha has no Bản Heo Trại");

  const others = random
    .shuffle([...units.keys()].filter((code) => code !== EXAMPLE_UNIT_CODE && code !== TOWN_UNIT_CODE))
    .slice(0, MODEL_COUNT - 1);
  const models: ModelUnit[] = [
    {
      unitCode: EXAMPLE_UNIT_CODE,
      modelHamlet: exampleModel,
      adoptedDay: dayOf(2019, random.integer(2, 4), random.integer(1, 28)),
    },
    ...others.map((unitCode, index) => ({
      unitCode,
      modelHamlet: random.pick(units.get(unitCode) ?? []),
      adoptedDay: laterAdoptionDay(ADOPTION_YEARS[index] ?? 2022, random),
    })),
  ];
  for (const model of models) {
    model.modelHamlet.modelStatus = "model-point";
    model.modelHamlet.modelSinceDay = model.adoptedDay;
  }

  // Chiềng Pha: every other hamlet follows within the year.
  const exampleAdopted = models[0]?.adoptedDay ?? 0;
  for (const hamlet of example) {
    if (hamlet !== exampleModel) replicate(hamlet, exampleAdopted + random.integer(30, 330));
  }

  // Elsewhere replication grows with the time since the model point.
  const coveredTarget = random.integer(COVERED_RANGE[0], COVERED_RANGE[1]);
  const replicatedLeft = coveredTarget - example.length - (MODEL_COUNT - 1);
  const laterModels = models.slice(1);
  const rooms = laterModels.map((model) => (units.get(model.unitCode)?.length ?? 1) - 1);
  const elapsed = laterModels.map((model) => Math.max(0, LAST_DAY - model.adoptedDay - 60));
  let shares = allocateProportionally(replicatedLeft, elapsed);
  // Move any excess over a unit's room to the units that still have room, oldest first.
  for (let pass = 0; pass < 5; pass++) {
    const excess = shares.reduce((sum, share, index) => sum + Math.max(0, share - (rooms[index] ?? 0)), 0);
    shares = shares.map((share, index) => Math.min(share, rooms[index] ?? 0));
    if (excess === 0) break;
    const spare = rooms.map((room, index) => (room > (shares[index] ?? 0) ? (elapsed[index] ?? 0) + 1 : 0));
    allocateProportionally(excess, spare).forEach((extra, index) => {
      shares[index] = (shares[index] ?? 0) + extra;
    });
  }
  laterModels.forEach((model, index) => {
    const candidates = random.shuffle(
      (units.get(model.unitCode) ?? []).filter((hamlet) => hamlet !== model.modelHamlet),
    );
    const window = Math.max(45, Math.min(540, LAST_DAY - model.adoptedDay - 5));
    for (const hamlet of candidates.slice(0, shares[index] ?? 0)) {
      replicate(hamlet, model.adoptedDay + random.integer(Math.min(30, window), window));
    }
  });

  // The 2023 plan: the rest of the oldest model communes first, then a next commune or two.
  const plannedTarget = random.integer(PLANNED_RANGE[0], PLANNED_RANGE[1]);
  const uncoveredInModels = models.flatMap((model) =>
    (units.get(model.unitCode) ?? []).filter((hamlet) => hamlet.modelStatus === "none"),
  );
  const modelCodes = new Set(models.map((model) => model.unitCode));
  const nextUnits = random.shuffle(
    [...units.keys()].filter((code) => !modelCodes.has(code) && code !== TOWN_UNIT_CODE),
  );
  const planned = [
    ...uncoveredInModels.slice(0, Math.ceil(plannedTarget / 2)),
    ...nextUnits.flatMap((code) => units.get(code) ?? []),
  ].slice(0, plannedTarget);
  for (const hamlet of planned) {
    hamlet.modelStatus = "planned";
    hamlet.modelSinceDay = dayOf(2023, random.integer(1, 12), random.integer(1, 28));
  }
  return models.sort((first, second) => first.adoptedDay - second.adoptedDay);
}
