// Why a candidate ranks where it does: each factor's contribution to its score as a stacked bar,
// with the numbers (0–100) beside it so the bar never has to be read by eye alone.
import { FACTORS, type Factor, type FactorScore } from "../../domain/planner/planner-types";
import { useText } from "../use-text";
import { FACTOR_COLOURS } from "./factor-colours";

export function ContributionBar({ factors }: { factors: Record<Factor, FactorScore> }) {
  const tx = useText();
  const parts = FACTORS.map((factor) => ({
    factor,
    points: factors[factor].contribution * 100,
    name: tx.t(`planner.${factor}Short`),
  }));
  const description = parts
    .map((part) => `${part.name} ${tx.number(part.points, { digits: 1 })}`)
    .join(" + ");
  return (
    <div className="contribution" title={description}>
      <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="contribution-bar" aria-hidden="true">
        {
          parts.reduce<{ x: number; rects: React.ReactNode[] }>(
            (state, part) => ({
              x: state.x + part.points,
              rects: [
                ...state.rects,
                <rect
                  key={part.factor}
                  x={state.x}
                  y={0}
                  width={part.points}
                  height={10}
                  fill={FACTOR_COLOURS[part.factor]}
                />,
              ],
            }),
            { x: 0, rects: [] },
          ).rects
        }
      </svg>
      <span className="contribution-numbers" data-testid="contributions">
        {parts.map((part) => (
          <span key={part.factor} data-factor={part.factor} data-points={part.points}>
            <span className="swatch" style={{ background: FACTOR_COLOURS[part.factor] }} aria-hidden="true" />
            <span className="visually-hidden">{part.name} </span>
            {tx.number(part.points)}
          </span>
        ))}
      </span>
    </div>
  );
}
