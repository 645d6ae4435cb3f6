import { maxOf } from "../../domain/arrays";
import { useText } from "../use-text";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

const WIDTH = 300;
const HEIGHT = 90;

/** Incidents per month as bars; the adoption month, when given, as a marked line. */
export function TrendChart({
  series,
  adoptedMonth,
}: {
  series: { month: string; count: number }[];
  adoptedMonth?: string | null;
}) {
  const tx = useText();
  if (series.length === 0) return null;
  const highest = Math.max(
    1,
    maxOf(
      series.map((point) => point.count),
      1,
    ),
  );
  const barWidth = WIDTH / series.length;
  const first = series[0]?.month ?? "";
  const last = series[series.length - 1]?.month ?? "";
  const adoptionIndex = adoptedMonth
    ? series.findIndex((point) => point.month === adoptedMonth.slice(0, 7))
    : -1;
  const total = series.reduce((sum, point) => sum + point.count, 0);
  return (
    <figure className="trend-chart">
      <figcaption>{tx.t("coverage.trend")}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 16}`}
        role="img"
        aria-label={tx.t("coverage.trendTotal", {
          from: tx.month(first, true),
          to: tx.month(last, true),
          total: tx.count(total, "incidents"),
        })}
      >
        {series.map((point, index) => {
          const height = (point.count / highest) * HEIGHT;
          return (
            <rect
              key={point.month}
              x={index * barWidth + 0.5}
              y={HEIGHT - height}
              width={Math.max(barWidth - 1, 1)}
              height={height}
              className="trend-bar"
            >
              <title>
                {tx.month(point.month, true)}: {tx.count(point.count, "incidents")}
              </title>
            </rect>
          );
        })}
        {adoptionIndex >= 0 && (
          <line
            x1={adoptionIndex * barWidth}
            x2={adoptionIndex * barWidth}
            y1={0}
            y2={HEIGHT}
            className="trend-adoption"
          />
        )}
        <text x={0} y={HEIGHT + 14} className="trend-axis">
          {tx.month(first)}
        </text>
        <text x={WIDTH} y={HEIGHT + 14} textAnchor="end" className="trend-axis">
          {tx.month(last)}
        </text>
      </svg>
    </figure>
  );
}
