import type { Theme } from "../../state/view";
import { useView } from "../app-context";
import { IconSwatch } from "../IconSwatch";
import { useText } from "../use-text";
import { type LegendItem, legendItems } from "./legend-items";

interface LegendProps {
  theme: Theme;
  /** The zoom the map is drawn at (some marks only show when zoomed in). */
  zoom: number;
  className?: string;
}

function Swatch({ item }: { item: LegendItem }) {
  switch (item.kind) {
    case "icon":
      return <IconSwatch image={item.icon} scale={1.25} className="briefing-legend-icon" />;
    case "line":
      return (
        <span
          className={`briefing-swatch line ${item.dashed ? "dashed" : ""}`}
          style={{ borderColor: item.colour }}
          aria-hidden="true"
        />
      );
    case "ramp":
      return (
        <span
          className="briefing-swatch ramp"
          style={{ background: `linear-gradient(to right, ${item.colours.join(", ")})` }}
          aria-hidden="true"
        />
      );
    case "pick":
      return (
        <span
          className="briefing-swatch pick"
          style={{ background: item.colour, borderColor: item.ring }}
          aria-hidden="true"
        >
          1
        </span>
      );
    default:
      return (
        <span
          className={`briefing-swatch ${item.kind} ${item.kind === "circle" && item.large ? "large" : ""}`}
          style={{ background: item.colour, borderColor: item.outline }}
          aria-hidden="true"
        />
      );
  }
}

/** The legend for the room: only what the map draws, in large type and the theme's colours. */
export function BriefingLegend({ theme, zoom, className }: LegendProps) {
  const tx = useText();
  const visible = useView((store) => store.visible);
  const mode = useView((store) => store.mode);
  const incidentStyle = useView((store) => store.incidentStyle);
  const radiusKm = useView((store) => store.radiusKm);
  const items = legendItems({ visible, mode, incidentStyle, radiusKm }, theme, tx, { zoom });
  if (items.length === 0) return null;
  return (
    <section
      className={`briefing-legend ${className ?? ""}`}
      aria-label={tx.t("app.legend")}
      data-testid="briefing-legend"
    >
      <ul>
        {items.map((item) => (
          <li key={item.label}>
            <Swatch item={item} />
            {item.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
