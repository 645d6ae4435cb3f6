// The header's "Nhập dữ liệu / Import data" button and its modal dialog. Files dropped anywhere on
// the window open the dialog too. The dialog's content stays mounted once opened, so an import
// carries on while the dialog is closed.
import { type KeyboardEvent, lazy, Suspense, useEffect, useRef, useState } from "react";
import "./import.css";
import { useText } from "../use-text";
import type { IncomingFiles } from "./ImportPanel";

const ImportPanel = lazy(() => import("./ImportPanel"));

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]):not([type="hidden"]):not([hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function carriesFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes("Files");
}

/** Keeps Tab and Shift+Tab inside the dialog, also where the browser's modal does not. */
function trapFocus(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== "Tab") return;
  const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !element.closest("[hidden], fieldset:disabled"),
  );
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

export function ImportButton() {
  const tx = useText();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const [incoming, setIncoming] = useState<IncomingFiles | null>(null);
  const [dragging, setDragging] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const headingId = "import-dialog-heading";

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      if (typeof element.showModal === "function") element.showModal();
      else element.setAttribute("open", "");
      element.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    } else if (!open && element.open) {
      element.close();
      button.current?.focus();
    }
  }, [open]);

  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault(); // lets the drop happen instead of opening the file
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      setIncoming((previous) => ({ files, key: (previous?.key ?? 0) + 1 }));
      setOpened(true);
      setOpen(true);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, []);

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        {tx.t("import.button")}
      </button>
      {dragging && !open && (
        <div className="import-window-drop" aria-hidden="true">
          {tx.t("import.dropAnywhere")}
        </div>
      )}
      <dialog
        ref={dialog}
        className="import-dialog"
        aria-labelledby={headingId}
        onKeyDown={(event) => {
          trapFocus(event);
          if (event.key === "Escape") {
            event.preventDefault();
            setOpen(false);
          }
        }}
        onCancel={(event) => {
          event.preventDefault(); // the state closes it, so React and the element agree
          setOpen(false);
        }}
      >
        <header className="import-dialog-header">
          <h2 id={headingId}>{tx.t("import.title")}</h2>
          <button type="button" onClick={() => setOpen(false)}>
            {tx.t("app.close")}
          </button>
        </header>
        {opened && (
          <Suspense fallback={<p>…</p>}>
            <ImportPanel incoming={incoming} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
