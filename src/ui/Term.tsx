// A word of the movement with its short explanation: focusable, and the explanation shows on
// hover, on keyboard focus and on tap (a second tap, Escape or leaving hides it). The text is
// also the button's description, so a screen reader says it without opening anything.
import { type ReactNode, useId, useLayoutEffect, useRef, useState } from "react";
import type { GlossaryTerm } from "../i18n/texts/glossary";
import { useText } from "./use-text";
import "./term.css";

const GAP = 6;
const MARGIN = 8;

export function Term({ term, children }: { term: GlossaryTerm; children?: ReactNode }) {
  const tx = useText();
  const tipId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const open = hovered || focused || pinned;

  useLayoutEffect(() => {
    if (!open) return;
    const box = button.current?.getBoundingClientRect();
    if (box) {
      const width = Math.min(288, window.innerWidth - 2 * MARGIN);
      const left = Math.max(MARGIN, Math.min(box.left, window.innerWidth - width - MARGIN));
      setPlace({ left, top: box.bottom + GAP });
    }
    // A tip fixed to the window would float away from its word: it goes when the page scrolls.
    const close = () => {
      setHovered(false);
      setPinned(false);
    };
    window.addEventListener("scroll", close, true);
    return () => window.removeEventListener("scroll", close, true);
  }, [open]);

  return (
    <span className="term">
      <button
        ref={button}
        type="button"
        className="term-word"
        aria-describedby={tipId}
        data-term={term}
        onClick={() => setPinned(!pinned)}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          setPinned(false);
        }}
        onMouseEnter={() => setHovered(true)}
        onMouseLeave={() => setHovered(false)}
        onKeyDown={(event) => {
          if (event.key !== "Escape" || !open) return;
          // Closes the tip only: a dialog or presentation around it stays.
          event.stopPropagation();
          event.preventDefault();
          setPinned(false);
          setFocused(false);
          setHovered(false);
        }}
      >
        {children ?? tx.t(`term.${term}`)}
      </button>
      <span
        id={tipId}
        role="tooltip"
        className="term-tip"
        hidden={!open}
        style={place ? { left: place.left, top: place.top } : undefined}
      >
        {tx.t(`glossary.${term}`)}
      </span>
    </span>
  );
}
