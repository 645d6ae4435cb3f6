// The 2025 reform as a table: which commune of today each older unit became (many to one), and
// which older units make each commune of today. Codes were reused (03724 was Xã Phổng Lái and is
// now Xã Bình Thuận), so a code is always read together with its period.
import type { UnitCode } from "../types";
import type { GazetteerProvince, GazetteerUnit } from "./gazetteer-types";
import { unitsNamed, unitsWithCode, unitWithCode } from "./lookup";

/** Today's commune that an older unit (current or merged away before the reform) became. */
export function successorOf(province: GazetteerProvince, oldCode: string): GazetteerUnit | null {
  const old = unitsWithCode(province, "before-2025-07-01", oldCode).find((unit) => unit.newCode !== null);
  return old?.newCode ? unitWithCode(province, "from-2025-07-01", old.newCode) : null;
}

/** The older units (merged-away ones too) that make today's commune with this code. */
export function predecessorsOf(province: GazetteerProvince, newCode: string): GazetteerUnit[] {
  return province.units.filter((unit) => unit.period === "before-2025-07-01" && unit.newCode === newCode);
}

/**
 * A crosswalk for the join: record references (codes or names of one period) to the other
 * period's codes. Built once per dataset from the province's gazetteer.
 */
export interface Crosswalk {
  /** An old unit's code → today's commune's code. */
  toToday(oldCode: string): UnitCode | null;
  /** An old unit's name (exact, unique) → its code. */
  oldCodeByName(name: string): UnitCode | null;
  /** Today's commune: its code if it is one, else by exact unique name. */
  todayCode(code: string | null, name: string | null): UnitCode | null;
}

function uniqueCode(spellings: ReturnType<typeof unitsNamed>): UnitCode | null {
  const codes = new Set(spellings.map((spelling) => spelling.unit.code));
  return codes.size === 1 ? (spellings[0]?.unit.code ?? null) : null;
}

export function buildCrosswalk(province: GazetteerProvince): Crosswalk {
  const toToday = new Map<string, UnitCode | null>();
  return {
    toToday(oldCode) {
      let code = toToday.get(oldCode);
      if (code === undefined) {
        code = successorOf(province, oldCode)?.code ?? null;
        toToday.set(oldCode, code);
      }
      return code;
    },
    oldCodeByName: (name) => uniqueCode(unitsNamed(province, "before-2025-07-01", name)),
    todayCode(code, name) {
      if (code !== null && unitWithCode(province, "from-2025-07-01", code)) return code as UnitCode;
      return name === null ? null : uniqueCode(unitsNamed(province, "from-2025-07-01", name));
    },
  };
}
