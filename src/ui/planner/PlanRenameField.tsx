// Renaming a saved plan in its own row: Enter saves, Escape (or Cancel) puts the old name back,
// and a blank name is refused with a message rather than silently ignored.
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useText } from "../use-text";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

export function PlanRenameField({
  name,
  onSave,
  onCancel,
}: {
  name: string;
  onSave(name: string): void;
  onCancel(): void;
}) {
  const tx = useText();
  const [value, setValue] = useState(name);
  const [blank, setBlank] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const save = () => {
    const trimmed = value.trim();
    if (trimmed) {
      onSave(trimmed);
      return;
    }
    setBlank(true);
    input.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      save();
    } else if (event.key === "Escape") {
      // Handled here: nothing else on the page (the swipe, a presentation) should also close.
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };
  return (
    <span className="plan-rename">
      <input
        ref={input}
        type="text"
        value={value}
        aria-label={tx.t("planner.planName")}
        aria-invalid={blank}
        aria-describedby={blank ? errorId : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          if (event.target.value.trim()) setBlank(false);
        }}
        onKeyDown={onKeyDown}
        data-testid="rename-input"
      />
      <button type="button" onClick={save} data-testid="rename-save">
        {tx.t("planner.renameSave")}
      </button>
      <button type="button" onClick={onCancel} data-testid="rename-cancel">
        {tx.t("planner.cancel")}
      </button>
      {blank && (
        <span id={errorId} className="note warning" role="alert" data-testid="rename-error">
          {tx.t("planner.nameRequired")}
        </span>
      )}
    </span>
  );
}
