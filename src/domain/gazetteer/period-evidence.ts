// Which administrative period a layer's units or records follow, from what they name: a code
// together with a name settles it (03724 "Phổng Lái" is the old map, 03724 "Bình Thuận" today's);
// a name or a code alone counts only when it exists in one period. "Chiềng La" exists in both.
import { ADMIN_PERIODS, type AdminPeriod } from "../types";
import type { GazetteerProvince } from "./gazetteer-types";
import { isNameOf, unitsNamed, unitsWithCode } from "./lookup";

export interface PeriodReference {
  code: string | null;
  name: string | null;
}

export interface PeriodEvidence {
  /** The period with more votes; null on a tie (nothing tells, or as much for both). */
  period: AdminPeriod | null;
  votes: Record<AdminPeriod, number>;
  /** References weighed (with a code or a name). */
  total: number;
}

function periodsOf(province: GazetteerProvince, reference: PeriodReference): AdminPeriod[] {
  const { code, name } = reference;
  return ADMIN_PERIODS.filter((period) => {
    const holders = code === null ? [] : unitsWithCode(province, period, code);
    if (code !== null && name !== null) return holders.some((unit) => isNameOf(unit, name, province));
    if (code !== null) return holders.length > 0;
    return name !== null && unitsNamed(province, period, name).length > 0;
  });
}

export function weighPeriods(
  province: GazetteerProvince,
  references: readonly PeriodReference[],
): PeriodEvidence {
  const votes: Record<AdminPeriod, number> = { "before-2025-07-01": 0, "from-2025-07-01": 0 };
  // Files repeat the same few communes thousands of times.
  const memo = new Map<string, AdminPeriod[]>();
  let total = 0;
  for (const reference of references) {
    if (reference.code === null && reference.name === null) continue;
    total++;
    const key = `${reference.code ?? ""}\u0000${reference.name ?? ""}`;
    let periods = memo.get(key);
    if (!periods) {
      periods = periodsOf(province, reference);
      memo.set(key, periods);
    }
    if (periods.length === 1) votes[periods[0] as AdminPeriod]++;
  }
  const [before, after] = ADMIN_PERIODS;
  const period = votes[before] > votes[after] ? before : votes[after] > votes[before] ? after : null;
  return { period, votes, total };
}
