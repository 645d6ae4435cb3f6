// The plan's picks in order, each with why it was picked in the terms on screen: what it newly
// brings within R km ("+4.512 người trong 5 km"), the mean priority of that demand split by
// factor like a ranked row, and the ranks of the uncovered hamlets it reaches.
import type { PickStory } from "../../domain/planner/explain-pick";
import type { PlanNote, PlanPick, PlanResult } from "../../domain/planner/planner-types";
import { shortText } from "../../domain/shown-text";
import { useView } from "../app-context";
import { useText } from "../use-text";
import { ContributionBar } from "./ContributionBar";
import { OBJECTIVE_UNITS } from "./objective-units";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

function PickWhy({
  pick,
  story,
  radiusKm,
  objective,
}: {
  pick: PlanPick;
  story: PickStory | undefined;
  radiusKm: number;
  objective: PlanResult["options"]["objective"];
}) {
  const tx = useText();
  const gain = tx.count(pick.gain, OBJECTIVE_UNITS[objective], { signed: true });
  const ranks = story?.bestRanks.map((rank) => tx.number(rank)).join(", ") ?? "";
  const more = story && story.hamletsReached > story.bestRanks.length ? "…" : "";
  return (
    <div className="pick-why" data-testid="pick-why">
      <p className="pick-gain" data-testid="pick-gain">
        {tx.t("planner.pickGain", { gain, r: radiusKm })}
        {pick.locked && ` · ${tx.t("planner.lockedMark")}`}
      </p>
      {story?.priorityParts && story.meanPriority !== null && (
        <div className="pick-priority" data-testid="pick-priority" data-mean={story.meanPriority}>
          <ContributionBar
            parts={{
              need: story.priorityParts.need / 100,
              size: story.priorityParts.size / 100,
              readiness: story.priorityParts.readiness / 100,
              distance: story.priorityParts.distance / 100,
            }}
          />
          <span>{tx.t("planner.pickPriority", { score: tx.number(story.meanPriority) })}</span>
        </div>
      )}
      {story && (
        <p className="pick-reaches" data-testid="pick-reaches">
          {story.hamletsReached === 0
            ? tx.t("planner.pickReachesNone")
            : tx.t("planner.pickReaches", {
                hamlets: tx.count(story.hamletsReached, "hamlets"),
                ranks: `${ranks}${more}`,
              })}
        </p>
      )}
    </div>
  );
}

export function PicksList({
  evaluation,
  stories,
  notes,
  unitNames,
  stale,
}: {
  evaluation: PlanResult | null;
  stories: readonly PickStory[];
  notes: readonly PlanNote[];
  unitNames: Readonly<Record<string, string>>;
  stale: boolean;
}) {
  const tx = useText();
  const togglePick = useView((store) => store.togglePick);
  const select = useView((store) => store.select);
  const picks = evaluation?.picks ?? [];
  const objective = evaluation?.options.objective ?? "population";
  const radiusKm = evaluation?.options.radiusKm ?? 0;
  const storyOf = new Map(stories.map((story) => [story.code, story]));
  return (
    <section className="planner-picks" aria-live="polite">
      <h3>{tx.t("planner.picksTitle", { hamlets: tx.count(picks.length, "hamlets") })}</h3>
      {picks.length === 0 ? (
        <p className="note">{tx.t("planner.picksEmpty")}</p>
      ) : (
        <>
          <p className="note picks-how" data-testid="picks-how">
            {evaluation?.weighted
              ? tx.t(`planner.picksHow.${objective}`, { r: radiusKm })
              : tx.t("planner.picksHowPlain", { r: radiusKm })}
          </p>
          {stale && (
            <p className="note warning" role="status" data-testid="picks-stale">
              {tx.t("planner.stale")}
            </p>
          )}
          <ol data-testid="planner-picks">
            {picks.map((pick) => {
              const story = storyOf.get(pick.code);
              const unit = pick.unitCode ? (unitNames[pick.unitCode] ?? pick.unitCode) : "";
              return (
                <li key={pick.code} data-testid="planner-pick">
                  <span className="pick-order" aria-hidden="true">
                    {pick.order}
                  </span>
                  <button
                    type="button"
                    className="link"
                    onClick={() => select({ layer: "hamlets", id: pick.code })}
                  >
                    {shortText(pick.name)}
                  </button>
                  <span className="pick-unit">
                    {shortText(unit)}
                    {story?.ownRank != null && ` · ${tx.t("planner.pickRank", { rank: story.ownRank })}`}
                  </span>
                  <button
                    type="button"
                    className="icon"
                    onClick={() => togglePick(pick.code)}
                    aria-label={tx.t("planner.removePick", { name: pick.name })}
                    title={tx.t("planner.removePick", { name: pick.name })}
                  >
                    ×
                  </button>
                  <PickWhy pick={pick} story={story} radiusKm={radiusKm} objective={objective} />
                </li>
              );
            })}
          </ol>
        </>
      )}
      {notes.map((note) => (
        <p key={`${note.note}-${note.code}`} className="note">
          {tx.maybe(`planner.note.${note.note}`, { n: picks.length, code: note.code ?? "" })}
        </p>
      ))}
    </section>
  );
}
