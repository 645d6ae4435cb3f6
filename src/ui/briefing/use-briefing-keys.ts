import { type RefObject, useEffect } from "react";
import type { DeckStoreHook } from "../../state/deck-store";
import type { ViewStore } from "../../state/store";
import {
  isEnterPresentationKey,
  isTypingTarget,
  type PresentationCommand,
  presentationCommand,
} from "./keyboard";
import type { ProjectorTheme } from "./presentation-colours";

interface KeyOptions {
  useDeck: DeckStoreHook;
  showSlide(index: number): void;
  enterPresentation(): void;
  exitPresentation(): void;
  setProjectorTheme(theme: ProjectorTheme): void;
  viewRef: RefObject<ViewStore>;
}

function toggleFullscreen(): void {
  const request = document.fullscreenElement
    ? document.exitFullscreen()
    : document.documentElement.requestFullscreen?.();
  // Refused (no user gesture, or a policy): the presentation simply stays in the window.
  void request?.catch(() => {});
}

/**
 * One listener on the window, in the capture phase: in presentation mode the arrows must turn
 * slides, not pan the map that has the focus.
 */
export function useBriefingKeys(options: KeyOptions): void {
  const { useDeck, showSlide, enterPresentation, exitPresentation, setProjectorTheme, viewRef } = options;
  useEffect(() => {
    const run = (command: PresentationCommand) => {
      const state = useDeck.getState();
      if (state.blanked) {
        // Any key brings the picture back; only that, so nobody skips a slide by accident.
        state.setBlanked(false);
        return;
      }
      const last = state.deck.slides.length - 1;
      switch (command) {
        case "next":
          if (state.current < last) showSlide(state.current + 1);
          break;
        case "previous":
          if (state.current > 0) showSlide(state.current - 1);
          break;
        case "first":
          showSlide(0);
          break;
        case "last":
          showSlide(Math.max(last, 0));
          break;
        case "fullscreen":
          toggleFullscreen();
          break;
        case "blank":
          state.setBlanked(true);
          break;
        case "exit":
          exitPresentation();
          break;
        case "switch-theme":
          setProjectorTheme(
            viewRef.current.theme === "projector-dark" ? "projector-light" : "projector-dark",
          );
          break;
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target)) return;
      if (!useDeck.getState().presenting) {
        if (isEnterPresentationKey(event)) {
          event.preventDefault();
          enterPresentation();
        }
        return;
      }
      const command = presentationCommand(event);
      if (!command) return;
      // Tab, Enter and Space on a focused button stay the button's; Space elsewhere turns a slide.
      if (command === "next" && event.key === " " && (event.target as Element | null)?.closest?.("button"))
        return;
      event.preventDefault();
      event.stopPropagation();
      run(command);
    };
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, [useDeck, showSlide, enterPresentation, exitPresentation, setProjectorTheme, viewRef]);
}
