// Which key does what in presentation mode. Clickers send PageDown/PageUp (some send arrows, or
// "." / "b" for their blank button); nothing here needs a mouse. Keys with Ctrl, Alt or Meta are
// left to the browser, so its own shortcuts keep working.

export type PresentationCommand =
  | "next"
  | "previous"
  | "first"
  | "last"
  | "fullscreen"
  | "blank"
  | "exit"
  | "switch-theme";

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}

const COMMANDS: Record<string, PresentationCommand> = {
  ArrowRight: "next",
  ArrowDown: "next",
  PageDown: "next",
  ArrowLeft: "previous",
  ArrowUp: "previous",
  PageUp: "previous",
  Backspace: "previous",
  Home: "first",
  End: "last",
  f: "fullscreen",
  F: "fullscreen",
  b: "blank",
  B: "blank",
  ".": "blank",
  Escape: "exit",
  t: "switch-theme",
  T: "switch-theme",
};

const withModifier = (event: KeyInput) => Boolean(event.ctrlKey || event.altKey || event.metaKey);

export function presentationCommand(event: KeyInput): PresentationCommand | null {
  if (withModifier(event)) return null;
  if (event.key === " " || event.key === "Spacebar") return event.shiftKey ? "previous" : "next";
  return COMMANDS[event.key] ?? null;
}

/** P (without modifiers) enters presentation mode from anywhere but a text field. */
export function isEnterPresentationKey(event: KeyInput): boolean {
  return !withModifier(event) && (event.key === "p" || event.key === "P");
}

/** Keys typed into a field belong to the field, not to the shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== "function") return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const field = element.closest("input, textarea, select, [contenteditable='true']");
  if (!field) return false;
  // Checkboxes and buttons take no text: shortcuts still apply on them.
  const type = field instanceof HTMLInputElement ? field.type : "";
  return !["checkbox", "radio", "button", "submit", "reset", "range"].includes(type);
}
