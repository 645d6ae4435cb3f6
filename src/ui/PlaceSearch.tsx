// "Find a place" in the map's corner, in every view: type a commune's or a hamlet's name as it
// comes (without diacritics, "chieng pha"), choose with the arrows, Enter goes there: the map
// flies to it and it is selected (its panel opens; the URL says sel=units:03730). `/` or Ctrl+K
// focuses the box from anywhere, Esc closes the list, then empties the box. The matching is pure
// (domain/place-search.ts) and loads when the box is first used, its index built then; the map is
// moved through the app's map commands.
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type * as PlaceMatching from "../domain/place-search";
import type { Place } from "../domain/place-search";
import type { Layers } from "../domain/types";
import { useMapCommands, useView } from "./app-context";
import { isTypingTarget } from "./briefing/keyboard";
import { useText } from "./use-text";
import "./place-search.css";

// A hamlet is a point: shown at a zoom where its neighbours and its commune's edge are in view.
const HAMLET_ZOOM = 13;

/** `/` (not while typing elsewhere) or Ctrl+K / ⌘K: the keys that reach the box from anywhere. */
export function isSearchKey(event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "target">) {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && (event.key === "k" || event.key === "K")) return true;
  return event.key === "/" && !event.ctrlKey && !event.metaKey && !isTypingTarget(event.target);
}

export function PlaceSearch({ layers }: { layers: Layers | null }) {
  const tx = useText();
  const select = useView((store) => store.select);
  const mapCommands = useMapCommands();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const listId = `${id}-list`;
  const [matching, setMatching] = useState<typeof PlaceMatching | null>(null);
  const wake = () => {
    if (!matching) void import("../domain/place-search").then(setMatching, () => {});
  };
  const index = useMemo(
    () =>
      layers && matching ? matching.buildPlaceIndex(layers.units.features, layers.hamlets.features) : null,
    [layers, matching],
  );
  const results = useMemo(
    () => (matching && index && query.trim() ? matching.searchPlaces(index, query) : []),
    [matching, index, query],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchKey(event)) return;
      // "/" typed in the box is a character; Ctrl+K there selects what it holds.
      if (event.target === input.current && event.key === "/") return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
      setOpen(true);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  const go = (place: Place) => {
    select({ layer: place.layer, id: place.code });
    const commands = mapCommands.current;
    const [longitude, latitude] = place.bounds;
    if (place.layer === "hamlets") commands?.flyTo({ center: [longitude, latitude], zoom: HAMLET_ZOOM });
    else commands?.fitBounds(place.bounds);
    setQuery(place.name);
    setOpen(false);
    // The name stays, selected: the next search replaces it as it is typed.
    requestAnimationFrame(() => input.current?.select());
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const count = results.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      if (count > 0) setActive((active + (event.key === "ArrowDown" ? 1 : count - 1)) % count);
    } else if (event.key === "Enter") {
      const place = results[Math.min(active, count - 1)];
      if (open && place) {
        event.preventDefault();
        go(place);
      }
    } else if (event.key === "Escape") {
      // Ours alone: not the swipe's or the presentation's Escape.
      event.stopPropagation();
      if (open && query) setOpen(false);
      else {
        setQuery("");
        input.current?.blur();
      }
    }
  };

  const expanded = open && query.trim().length > 0;
  // Until the matching has loaded (a moment after the box is first used) nothing is said yet.
  const answered = expanded && index !== null;
  const optionId = (at: number) => `${id}-option-${at}`;
  return (
    <div className="place-search" data-testid="place-search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={tx.t("search.label")}
        aria-describedby={`${id}-hint`}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results.length > 0 ? optionId(active) : undefined}
        placeholder={tx.t("search.placeholder")}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          wake();
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => {
          wake();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        data-testid="place-search-input"
      />
      <div id={listId} role="listbox" aria-label={tx.t("search.label")} hidden={!expanded}>
        {results.map((place, at) => (
          <div
            key={`${place.layer}:${place.code}`}
            id={optionId(at)}
            role="option"
            // Never focused itself: the box keeps the focus and points at it (aria-activedescendant).
            tabIndex={-1}
            aria-selected={at === active}
            // Chosen on mouse down: a click would first blur the box and close the list.
            onMouseDown={(event) => {
              event.preventDefault();
              go(place);
            }}
            onMouseEnter={() => setActive(at)}
            data-testid="place-search-option"
          >
            <span className="place-name">{place.name}</span>
            <span className="place-kind">
              {place.kind === "hamlet" ? tx.t("search.hamlet") : tx.t(`unitType.${place.kind}`)}
              {place.unitName && ` · ${place.unitName}`}
            </span>
          </div>
        ))}
      </div>
      <p id={`${id}-hint`} className="visually-hidden">
        {tx.t("search.hint")}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {answered &&
          (results.length > 0
            ? tx.t("search.results", { n: results.length })
            : tx.t("search.none", { query: query.trim() }))}
      </p>
      {answered && results.length === 0 && (
        <p className="place-search-none">{tx.t("search.none", { query: query.trim() })}</p>
      )}
    </div>
  );
}
