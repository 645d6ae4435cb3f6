import type { Theme } from "../../state/view";
import { useView } from "../app-context";
import { useText } from "../use-text";
import { BriefingLegend } from "./BriefingLegend";
import { useBriefing, useDeck } from "./briefing-context";
import { slideZoom } from "./slide-view";
import { slideWords } from "./story";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

/**
 * The column beside a presented map: the legend, then the slide's key figures (the proposed
 * hamlets in order, incidents per year…), so the column says something from top to bottom.
 */
export function BriefingSideColumn({ theme }: { theme: Theme }) {
  const tx = useText();
  const { storyData } = useBriefing();
  const slide = useDeck((state) => state.deck.slides[state.current]);
  const view = useView((store) => store);
  const facts = slide && storyData ? slideWords(slide, view, storyData, tx).facts : [];
  const zoom = slide ? slideZoom(slide, storyData?.layers ?? null) : 0;
  return (
    <aside className="briefing-side" data-testid="briefing-side">
      <BriefingLegend theme={theme} zoom={zoom} />
      {facts.length > 0 && (
        <section
          className="briefing-facts"
          aria-labelledby="briefing-facts-title"
          data-testid="briefing-facts"
        >
          <h2 id="briefing-facts-title">{tx.t("story.facts")}</h2>
          <ul>
            {facts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
