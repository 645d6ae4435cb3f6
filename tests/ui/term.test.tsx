// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createViewStore } from "../../src/state/store";
import { AppProvider } from "../../src/ui/app-context";
import { Term } from "../../src/ui/Term";

afterEach(cleanup);

function renderTerm(search = "", children?: string) {
  render(
    <AppProvider useViewStore={createViewStore(search)} mapCommands={{ current: null }}>
      <p>
        <Term term="peacefulCommune">{children}</Term>
      </p>
    </AppProvider>,
  );
  const word = screen.getByRole("button");
  const tip = document.getElementById(word.getAttribute("aria-describedby") ?? "") as HTMLElement;
  return { word, tip, shown: () => !tip.hidden };
}

describe("a glossary term", () => {
  it("is a focusable word whose explanation is its description", () => {
    const { word, tip, shown } = renderTerm();
    expect(word.textContent).toBe("Xã bình yên");
    expect(word.tagName).toBe("BUTTON");
    expect(tip.getAttribute("role")).toBe("tooltip");
    expect(tip.textContent).toBe("Xã mà mọi bản đều đã có mô hình: danh hiệu mô hình ở cấp xã.");
    expect(shown()).toBe(false);
  });

  it("explains itself on hover, on focus and on tap", () => {
    const { word, shown } = renderTerm();
    fireEvent.mouseEnter(word);
    expect(shown()).toBe(true);
    fireEvent.mouseLeave(word);
    expect(shown()).toBe(false);
    fireEvent.focus(word);
    expect(shown()).toBe(true);
    fireEvent.blur(word);
    expect(shown()).toBe(false);
    // a tap: on a touch screen there is no hover, and the tip stays until tapped again
    fireEvent.click(word);
    expect(shown()).toBe(true);
    fireEvent.click(word);
    expect(shown()).toBe(false);
  });

  it("closes on Escape without closing what is around it", () => {
    const { word, shown } = renderTerm();
    const outside = vi.fn();
    window.addEventListener("keydown", outside);
    fireEvent.focus(word);
    fireEvent.keyDown(word, { key: "Escape" });
    expect(shown()).toBe(false);
    expect(outside).not.toHaveBeenCalled();
    // with the tip closed, Escape goes on to whatever else listens (a presentation, a dialog)
    fireEvent.keyDown(word, { key: "Escape" });
    expect(outside).toHaveBeenCalledTimes(1);
    window.removeEventListener("keydown", outside);
  });

  it("keeps the words it is given, and explains in the reader's language", () => {
    const { word, tip } = renderTerm("lang=en", "peaceful communes");
    expect(word.textContent).toBe("peaceful communes");
    expect(tip.textContent).toBe(
      "A commune where every hamlet has the model: the model's status at commune level.",
    );
  });
});
