// The `plan` command's own options, after the dataset options have been taken out.

import { appendAll } from "../../domain/arrays";
import { DEFAULT_RADIUS_KM } from "../../domain/coverage";
import {
  DEFAULT_WEIGHTS,
  type DistanceDirection,
  FACTORS,
  OBJECTIVES,
  type Objective,
  type PlannerWeights,
} from "../../domain/planner/planner-types";
import { UsageError } from "../cli-io";

export interface PlanArgs {
  k: number;
  radiusKm: number;
  objective: Objective;
  maxPerUnit: number | null;
  lockedIn: string[];
  ruledOut: string[];
  /** What each hamlet's demand is weighted by, as in the planner view (`w=` in its URL). */
  weights: PlannerWeights;
  distanceDirection: DistanceDirection;
  sizeBy: "population" | "households";
  json: boolean;
}

/** `3,2,2,1`: need, size, readiness, distance, each a number ≥ 0, as the view's `w=`. */
function parseWeights(text: string): PlannerWeights {
  const values = text.split(",").map((part) => part.trim());
  const numbers = values.map(Number);
  if (
    values.length !== FACTORS.length ||
    values.some((part) => part === "") ||
    numbers.some((n) => !(n >= 0))
  ) {
    throw new UsageError(
      `--weights needs ${FACTORS.length} numbers ≥ 0 (${FACTORS.join(",")}), e.g. 3,2,2,1; got ${text}`,
    );
  }
  return Object.fromEntries(FACTORS.map((factor, index) => [factor, numbers[index]])) as PlannerWeights;
}

const DIRECTIONS: Record<string, DistanceDirection> = { near: "contiguous", gaps: "fill-gaps" };

function wholeNumber(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!/^\d+$/u.test(text) || value < min)
    throw new UsageError(`${flag} needs a whole number ≥ ${min}; got ${text}`);
  return value;
}

const codeList = (text: string) =>
  text
    .split(",")
    .map((code) => code.trim())
    .filter((code) => code.length > 0);

export function parsePlanArgs(args: readonly string[]): PlanArgs {
  let k: number | null = null;
  const parsed: Omit<PlanArgs, "k"> = {
    radiusKm: DEFAULT_RADIUS_KM,
    objective: "population",
    maxPerUnit: null,
    lockedIn: [],
    ruledOut: [],
    weights: { ...DEFAULT_WEIGHTS },
    distanceDirection: "contiguous",
    sizeBy: "population",
    json: false,
  };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === "--json") {
      parsed.json = true;
      continue;
    }
    const at = arg.indexOf("=");
    const flag = arg.startsWith("--") && at > 0 ? arg.slice(0, at) : arg;
    const takeValue = () => {
      const value = at > 0 && arg.startsWith("--") ? arg.slice(at + 1) : args[++index];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${flag} needs a value`);
      return value;
    };
    switch (flag) {
      case "--k":
        k = wholeNumber(flag, takeValue(), 1);
        break;
      case "--radius-km": {
        const text = takeValue();
        const value = Number(text);
        if (!(Number.isFinite(value) && value > 0))
          throw new UsageError(`--radius-km needs a number above 0; got ${text}`);
        parsed.radiusKm = value;
        break;
      }
      case "--objective": {
        const value = takeValue();
        if (!(OBJECTIVES as readonly string[]).includes(value)) {
          throw new UsageError(
            `--objective needs one of ${OBJECTIVES.join(", ")}; got ${JSON.stringify(value)}`,
          );
        }
        parsed.objective = value as Objective;
        break;
      }
      case "--max-per-unit":
        parsed.maxPerUnit = wholeNumber(flag, takeValue(), 1);
        break;
      case "--locked-in":
        appendAll(parsed.lockedIn, codeList(takeValue()));
        break;
      case "--ruled-out":
        appendAll(parsed.ruledOut, codeList(takeValue()));
        break;
      case "--weights":
        parsed.weights = parseWeights(takeValue());
        break;
      case "--direction": {
        const value = takeValue();
        const direction = DIRECTIONS[value];
        if (!direction) throw new UsageError(`--direction needs near or gaps; got ${JSON.stringify(value)}`);
        parsed.distanceDirection = direction;
        break;
      }
      case "--size-by": {
        const value = takeValue();
        if (value !== "population" && value !== "households") {
          throw new UsageError(`--size-by needs population or households; got ${JSON.stringify(value)}`);
        }
        parsed.sizeBy = value;
        break;
      }
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (k === null) throw new UsageError("plan needs --k, the number of sites to pick, e.g. --k 5");
  return { k, ...parsed };
}
