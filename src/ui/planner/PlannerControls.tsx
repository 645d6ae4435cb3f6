// The planner's questions: what matters (four weights, the distance direction, size by people or
// households) and how to pick (K, objective, radius shared with the coverage view, max per commune).

import { FACTORS, OBJECTIVES } from "../../domain/planner/planner-types";
import { MAX_K, MAX_WEIGHT } from "../../state/planner";
import { useView } from "../app-context";
import { RadiusInput } from "../RadiusInput";
import { useText } from "../use-text";
import { FACTOR_COLOURS } from "./factor-colours";
import { usePlannerChoices } from "./use-planner-choices";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

export function WeightControls() {
  const tx = useText();
  const planner = usePlannerChoices();
  const setWeight = useView((store) => store.setPlannerWeight);
  const setDirection = useView((store) => store.setDistanceDirection);
  const setSizeBy = useView((store) => store.setSizeBy);
  return (
    <fieldset className="planner-weights">
      <legend>{tx.t("planner.weightsTitle")}</legend>
      {FACTORS.map((factor) => (
        <label key={factor} className="weight">
          <span className="weight-name">
            <span className="swatch" style={{ background: FACTOR_COLOURS[factor] }} aria-hidden="true" />
            {tx.t(`planner.${factor}`)}
            <output>{tx.number(planner.weights[factor])}</output>
          </span>
          <input
            type="range"
            min={0}
            max={MAX_WEIGHT}
            step={1}
            value={planner.weights[factor]}
            onChange={(event) => setWeight(factor, Number(event.target.value))}
            data-testid={`weight-${factor}`}
          />
        </label>
      ))}
      <fieldset className="switch">
        <legend className="switch-label">{tx.t("planner.direction")}</legend>
        {(["contiguous", "fill-gaps"] as const).map((direction) => (
          <button
            key={direction}
            type="button"
            aria-pressed={planner.distanceDirection === direction}
            onClick={() => setDirection(direction)}
            data-testid={`direction-${direction}`}
          >
            {tx.t(direction === "contiguous" ? "planner.contiguous" : "planner.fillGaps")}
          </button>
        ))}
      </fieldset>
      <fieldset className="switch">
        <legend className="switch-label">{tx.t("planner.sizeBy")}</legend>
        {(["population", "households"] as const).map((sizeBy) => (
          <button
            key={sizeBy}
            type="button"
            aria-pressed={planner.sizeBy === sizeBy}
            onClick={() => setSizeBy(sizeBy)}
          >
            {tx.t(`planner.${sizeBy}`)}
          </button>
        ))}
      </fieldset>
    </fieldset>
  );
}

export function PickControls({
  running,
  onRun,
  disabled,
}: {
  running: boolean;
  onRun(): void;
  disabled: boolean;
}) {
  const tx = useText();
  const planner = usePlannerChoices();
  const setK = useView((store) => store.setK);
  const setObjective = useView((store) => store.setObjective);
  const setMaxPerUnit = useView((store) => store.setMaxPerUnit);
  const setPicks = useView((store) => store.setPicks);
  return (
    <fieldset className="planner-pick">
      <legend>{tx.t("planner.pickTitle", { n: planner.k })}</legend>
      <div className="pick-grid">
        <label>
          {tx.t("planner.k")}
          <input
            type="number"
            min={1}
            max={MAX_K}
            value={planner.k}
            onChange={(event) => setK(Number(event.target.value))}
            data-testid="planner-k"
          />
        </label>
        <RadiusInput label={tx.t("planner.radius")} testId="planner-radius" />
        <label>
          {tx.t("planner.objective")}
          <select
            value={planner.objective}
            onChange={(event) => setObjective(event.target.value as (typeof OBJECTIVES)[number])}
            data-testid="planner-objective"
          >
            {OBJECTIVES.map((objective) => (
              <option key={objective} value={objective}>
                {tx.t(`planner.objective.${objective}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tx.t("planner.maxPerUnit")}
          <select
            value={planner.maxPerUnit ?? ""}
            onChange={(event) => setMaxPerUnit(event.target.value === "" ? null : Number(event.target.value))}
            data-testid="planner-max"
          >
            <option value="">{tx.t("planner.noLimit")}</option>
            {[1, 2, 3, 4, 5].map((count) => (
              <option key={count} value={count}>
                {count}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="pick-actions">
        <button
          type="button"
          className="primary"
          onClick={onRun}
          disabled={disabled || running}
          data-testid="planner-run"
        >
          {running ? tx.t("planner.running") : tx.t("planner.run")}
        </button>
        <button type="button" onClick={() => setPicks([])} disabled={planner.picks.length === 0}>
          {tx.t("planner.clearPicks")}
        </button>
      </div>
    </fieldset>
  );
}
