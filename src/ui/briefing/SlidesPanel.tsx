import { type KeyboardEvent, useEffect, useState } from "react";
import { captureView, type Slide } from "../../state/deck";
import { useView } from "../app-context";
import { useText } from "../use-text";
import { useBriefing, useDeck } from "./briefing-context";
import { DeckActions } from "./DeckActions";
import { resolveSlide } from "./slide-view";
import { slideWords } from "./story";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

/** A text field that commits on blur or Enter, so trimming never fights the typing. */
function CommitField(props: {
  value: string;
  label: string;
  /** Shown while empty: what the slide says without a typed text (a story slide's own words). */
  placeholder?: string;
  multiline?: boolean;
  onCommit(value: string): void;
  testId?: string;
}) {
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  const commit = () => {
    if (draft !== props.value) props.onCommit(draft);
  };
  const common = {
    value: draft,
    placeholder: props.placeholder,
    "aria-label": props.label,
    "data-testid": props.testId,
    onBlur: commit,
  };
  return props.multiline ? (
    <textarea {...common} rows={2} onChange={(event) => setDraft(event.target.value)} />
  ) : (
    <input
      {...common}
      type="text"
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === "Enter") commit();
      }}
    />
  );
}

function SlideItem({ slide, index, count }: { slide: Slide; index: number; count: number }) {
  const tx = useText();
  const { showSlide, useDeck: deckStore, storyData } = useBriefing();
  const current = useDeck((state) => state.current);
  const actions = deckStore.getState();
  const view = useView((store) => store);
  // A story slide's words come from the data; typing a title or notes replaces them, and
  // emptying the field gives them back.
  const words = storyData
    ? slideWords(slide, resolveSlide(slide, view, storyData.layers).view, storyData, tx)
    : null;
  const title = words?.title || slide.title || tx.t("briefing.untitled");
  // Alt+↑ / Alt+↓ move the slide, keeping the focus on it.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    event.preventDefault();
    actions.moveSlide(index, event.key === "ArrowUp" ? index - 1 : index + 1);
  };
  return (
    <li
      className="briefing-slide"
      aria-current={index === current ? "step" : undefined}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        className="briefing-slide-show"
        onClick={() => showSlide(index)}
        aria-label={tx.t("briefing.showSlide", { n: index + 1, title })}
        data-testid={`show-slide-${index + 1}`}
      >
        <span className="briefing-slide-number">{index + 1}</span> {title}
      </button>
      <details>
        <summary>{tx.t("briefing.rename")}…</summary>
        <CommitField
          value={slide.title}
          label={tx.t("briefing.rename")}
          placeholder={slide.story ? title : undefined}
          onCommit={(value) => actions.renameSlide(index, value)}
          testId={`rename-slide-${index + 1}`}
        />
        <CommitField
          value={slide.notes}
          label={tx.t("briefing.notes")}
          placeholder={slide.story ? words?.notes : undefined}
          multiline
          onCommit={(value) => actions.setSlideNotes(index, value)}
        />
        <button type="button" onClick={() => actions.setSlideView(index, captureView(view))}>
          {tx.t("briefing.update")}
        </button>
      </details>
      <div className="briefing-slide-actions">
        <button
          type="button"
          onClick={() => actions.moveSlide(index, index - 1)}
          disabled={index === 0}
          aria-label={tx.t("briefing.moveUp", { title })}
        >
          ↑
        </button>
        <button
          type="button"
          onClick={() => actions.moveSlide(index, index + 1)}
          disabled={index === count - 1}
          aria-label={tx.t("briefing.moveDown", { title })}
        >
          ↓
        </button>
        <button
          type="button"
          onClick={() => actions.duplicateSlide(index)}
          aria-label={tx.t("briefing.duplicate", { title })}
        >
          ⧉
        </button>
        <button
          type="button"
          onClick={() => actions.deleteSlide(index)}
          aria-label={tx.t("briefing.delete", { title })}
          data-testid={`delete-slide-${index + 1}`}
        >
          ✕
        </button>
      </div>
    </li>
  );
}

const STORAGE_PHRASES = {
  full: "briefing.storageFull",
  unavailable: "briefing.storageUnavailable",
  unreadable: "briefing.storageUnreadable",
} as const;

/** The deck: slides to show, reorder, rename, duplicate and delete (with undo); files in and out. */
export function SlidesPanel() {
  const tx = useText();
  const { enterPresentation } = useBriefing();
  const slides = useDeck((state) => state.deck.slides);
  const deckTitle = useDeck((state) => state.deck.title);
  const lastDeleted = useDeck((state) => state.trash.at(-1));
  const storageProblem = useDeck((state) => state.storageProblem);
  const renameDeck = useDeck((state) => state.renameDeck);
  const undoDelete = useDeck((state) => state.undoDelete);
  return (
    <section className="briefing-panel" aria-labelledby="briefing-panel-title" data-testid="slides-panel">
      <h2 id="briefing-panel-title">{tx.t("briefing.slides")}</h2>
      {storageProblem && (
        <p className="briefing-warning" role="alert">
          {tx.t(STORAGE_PHRASES[storageProblem])}
        </p>
      )}
      <CommitField value={deckTitle} label={tx.t("briefing.deckTitle")} onCommit={renameDeck} />
      {slides.length === 0 ? (
        <p className="empty-state">{tx.t("briefing.emptyDeck")}</p>
      ) : (
        <ol className="briefing-slides">
          {slides.map((slide, index) => (
            <SlideItem key={slide.id} slide={slide} index={index} count={slides.length} />
          ))}
        </ol>
      )}
      {lastDeleted && (
        <p className="briefing-undo" role="status">
          {tx.t("briefing.deleted", { title: lastDeleted.slide.title || tx.t("briefing.untitled") })}{" "}
          <button type="button" onClick={undoDelete} data-testid="undo-delete">
            {tx.t("briefing.undo")}
          </button>
        </p>
      )}
      <p>
        <button type="button" onClick={enterPresentation} disabled={slides.length === 0}>
          {tx.t("briefing.presentKey")}
        </button>
      </p>
      <DeckActions />
    </section>
  );
}
