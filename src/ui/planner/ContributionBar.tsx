// Why a candidate ranks where it does, or why a pick was worth picking: each factor's part of a
// 0–100 score as a stacked bar, with the numbers beside it so the bar never has to be read by eye
// alone.
import { FACTORS, type Factor, type FactorScore } from "../../domain/planner/planner-types";
import "../../i18n/more-texts"; // the words looked up here, before it first draws
import { useText } from "../use-text";
import { FACTOR_COLOURS } from "./factor-colours";

/** A ranked row's factor scores as the parts of its score, 0–1 each. */
export const contributionsOf = (factors: Record<Factor, FactorScore>): Record<Factor, number> =>
  Object.fromEntries(FACTORS.map((factor) => [factor, factors[factor].contribution])) as Record<
    Factor,
    number
  >;

/** `parts`: each factor's part of the score, 0–1; they add up to the score. */
export function ContributionBar({ parts: shares }: { parts: Record<Factor, number> }) {
  const tx = useText();
  const parts = FACTORS.map((factor) => ({
    factor,
    points: shares[factor] * 100,
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
