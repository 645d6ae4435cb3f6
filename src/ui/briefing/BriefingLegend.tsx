import type { Theme } from "../../state/view";
import { useView } from "../app-context";
import { IconSwatch } from "../IconSwatch";
import { useText } from "../use-text";
import { legendItems } from "./legend-items";

interface LegendProps {
  theme: Theme;
  className?: string;
}

/** The legend for the room: only what the slide shows, in large type and the theme's colours. */
export function BriefingLegend({ theme, className }: LegendProps) {
  const tx = useText();
  const visible = useView((store) => store.visible);
  const mode = useView((store) => store.mode);
  const items = legendItems({ visible, mode }, theme, tx);
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
            {item.kind === "icon" ? (
              <IconSwatch image={item.icon} scale={1.25} className="briefing-legend-icon" />
            ) : (
              <span
                className={`briefing-swatch ${item.kind} ${item.kind === "circle" && item.large ? "large" : ""}`}
                style={{ background: item.colour, borderColor: item.outline }}
              />
            )}
            {item.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
