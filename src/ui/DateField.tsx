// A date typed the reader's way: dd/mm/yyyy in Vietnamese, "31 Dec 2022" in English (a browser's
// own date input follows the browser's locale, mm/dd/yyyy in a Vietnamese screen). A complete,
// valid day applies as it is typed; anything else is explained on Enter or on leaving the field.
// ↑ ↓ move a day, PageUp PageDown a month, Escape puts the last good value back.
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { readDate, shiftDate } from "../i18n/dates";
import { useText } from "./use-text";
import "../i18n/more-texts"; // the words looked up here, before it first draws

interface DateFieldProps {
  label: string;
  /** ISO date, or null for none (the field is then empty). */
  value: string | null;
  min?: string | null;
  max?: string | null;
  /** What an empty field means, as an ISO date (the data's first or last day); else an example. */
  emptyMeans?: string | null;
  onChange(value: string | null): void;
  testId?: string;
}

const STEPS: Record<string, [days: number, months: number]> = {
  ArrowUp: [1, 0],
  ArrowDown: [-1, 0],
  PageUp: [0, 1],
  PageDown: [0, -1],
};

export function DateField({
  label,
  value,
  min = null,
  max = null,
  emptyMeans = null,
  onChange,
  testId,
}: DateFieldProps) {
  const tx = useText();
  const id = useId();
  const shown = value ? tx.date(value) : "";
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);

  // A change from elsewhere (the slider, the language) shows, unless the user is typing here.
  useEffect(() => {
    if (editing.current) return;
    setDraft(shown);
    setError(null);
  }, [shown]);

  const outOfRange = (iso: string) => (min !== null && iso < min) || (max !== null && iso > max);
  const rangeError = () =>
    tx.t("dateField.errorRange", { min: min ? tx.date(min) : "…", max: max ? tx.date(max) : "…" });

  /** Reads the text; on `final` also reports what is wrong and shows the day as it was read. */
  const apply = (text: string, final: boolean) => {
    const reading = readDate(text, tx.language);
    if (reading.kind === "date" && !outOfRange(reading.iso)) {
      setError(null);
      if (reading.iso !== value) onChange(reading.iso);
      if (final) setDraft(tx.date(reading.iso));
      return;
    }
    if (!final) return;
    if (reading.kind === "empty") {
      setError(null);
      if (value !== null) onChange(null);
    } else if (reading.kind === "date") setError(rangeError());
    else {
      const key = {
        format: "dateField.errorFormat",
        ambiguous: "dateField.errorAmbiguous",
        "no-such-day": "dateField.errorNoSuchDay",
      } as const;
      setError(tx.t(key[reading.reason], { text: text.trim() }));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      apply(draft, true);
      return;
    }
    if (event.key === "Escape" && (draft !== shown || error)) {
      event.preventDefault();
      event.stopPropagation();
      setDraft(shown);
      setError(null);
      return;
    }
    const step = STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const reading = readDate(draft, tx.language);
    const from = reading.kind === "date" ? reading.iso : (value ?? max ?? min);
    if (!from) return;
    let next = shiftDate(from, step[0], step[1]);
    if (min !== null && next < min) next = min;
    if (max !== null && next > max) next = max;
    setDraft(tx.date(next));
    setError(null);
    if (next !== value) onChange(next);
  };

  return (
    <div className="date-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={tx.language === "vi" ? "numeric" : "text"}
        autoComplete="off"
        spellCheck={false}
        value={draft}
        placeholder={emptyMeans ? tx.date(emptyMeans) : tx.t("dateField.placeholder")}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(event) => {
          setDraft(event.target.value);
          apply(event.target.value, false);
        }}
        onFocus={() => {
          editing.current = true;
        }}
        onBlur={() => {
          editing.current = false;
          apply(draft, true);
        }}
        onKeyDown={onKeyDown}
        data-testid={testId}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {tx.t("dateField.hint")}
      </span>
      {error && (
        <span
          id={`${id}-error`}
          className="field-error"
          role="alert"
          data-testid={testId && `${testId}-error`}
        >
          {error}
        </span>
      )}
    </div>
  );
}
