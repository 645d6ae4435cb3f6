import type { Objective } from "../../domain/planner/planner-types";
import type { CountUnit } from "../../i18n";

/** What a plan's gain counts, for "+1.234 người" / "+3 bản". */
export const OBJECTIVE_UNITS: Record<Objective, CountUnit> = {
  population: "people",
  incidents: "incidents",
  hamlets: "hamlets",
};
