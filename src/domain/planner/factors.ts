// The raw value of each factor, for one hamlet or for a group of hamlets (a commune's uncovered
// hamlets), in the units a planner can check by hand.
import type { HamletCoverage } from "../coverage/coverage-types";
import type { Factor, RankOptions } from "./planner-types";

export type RawFactors = Record<Factor, number | null>;

/** The parts of a hamlet the factors read; a group of hamlets is summed into the same shape. */
interface FactorInputs {
  hamlets: number;
  incidents: number;
  population: number;
  households: number;
  teams: number;
  groups: number;
  distanceToModelKm: number | null;
}

function inputsOf(hamlet: HamletCoverage): FactorInputs {
  const { security, mediation, fire } = hamlet.teams;
  return {
    hamlets: 1,
    incidents: hamlet.incidents,
    population: hamlet.population,
    households: hamlet.households,
    teams: Number(security) + Number(mediation) + Number(fire),
    groups: hamlet.groups,
    distanceToModelKm: hamlet.distanceToModelKm,
  };
}

/** A commune is as near to a model as its nearest uncovered hamlet: where mentoring would start. */
function sumInputs(hamlets: readonly HamletCoverage[]): FactorInputs {
  const total: FactorInputs = {
    hamlets: 0,
    incidents: 0,
    population: 0,
    households: 0,
    teams: 0,
    groups: 0,
    distanceToModelKm: null,
  };
  for (const hamlet of hamlets) {
    const inputs = inputsOf(hamlet);
    total.hamlets += 1;
    total.incidents += inputs.incidents;
    total.population += inputs.population;
    total.households += inputs.households;
    total.teams += inputs.teams;
    total.groups += inputs.groups;
    const distance = inputs.distanceToModelKm;
    if (distance !== null && (total.distanceToModelKm === null || distance < total.distanceToModelKm)) {
      total.distanceToModelKm = distance;
    }
  }
  return total;
}

/**
 * Readiness is the mean of two shares: the three standing teams in place, and self-management
 * groups per 100 households against the cap (so that a hamlet with many tiny groups does not
 * outrank one with all three teams).
 */
function rawFactors(inputs: FactorInputs, options: RankOptions): RawFactors {
  const need =
    inputs.population > 0 ? ((inputs.incidents / inputs.population) * 1000) / options.windowYears : null;
  const groupsPer100 = inputs.households > 0 ? (inputs.groups / inputs.households) * 100 : 0;
  const teamsShare = inputs.hamlets > 0 ? inputs.teams / (3 * inputs.hamlets) : 0;
  const groupsShare = Math.min(groupsPer100 / options.groupsPer100HouseholdsCap, 1);
  return {
    need,
    size: options.sizeBy === "population" ? inputs.population : inputs.households,
    readiness: (teamsShare + groupsShare) / 2,
    distance: inputs.distanceToModelKm,
  };
}

export const hamletFactors = (hamlet: HamletCoverage, options: RankOptions): RawFactors =>
  rawFactors(inputsOf(hamlet), options);

export const groupFactors = (hamlets: readonly HamletCoverage[], options: RankOptions): RawFactors =>
  rawFactors(sumInputs(hamlets), options);
