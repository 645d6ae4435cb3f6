import { describe, expect, it } from "vitest";
import { isEnterPresentationKey, presentationCommand } from "../../../src/ui/briefing/keyboard";

describe("presentation keys", () => {
  it.each([
    ["PageDown", "next"],
    ["ArrowRight", "next"],
    ["ArrowDown", "next"],
    [" ", "next"],
    ["PageUp", "previous"],
    ["ArrowLeft", "previous"],
    ["Home", "first"],
    ["End", "last"],
    ["f", "fullscreen"],
    ["F", "fullscreen"],
    ["b", "blank"],
    [".", "blank"],
    ["Escape", "exit"],
    ["t", "switch-theme"],
  ] as const)("%j → %s", (key, command) => {
    expect(presentationCommand({ key })).toBe(command);
  });

  it("Shift+Space goes back, like in slide software", () => {
    expect(presentationCommand({ key: " ", shiftKey: true })).toBe("previous");
  });

  it("leaves browser shortcuts and other keys alone", () => {
    expect(presentationCommand({ key: "f", ctrlKey: true })).toBeNull();
    expect(presentationCommand({ key: "ArrowLeft", altKey: true })).toBeNull();
    expect(presentationCommand({ key: "r", metaKey: true })).toBeNull();
    expect(presentationCommand({ key: "x" })).toBeNull();
    expect(presentationCommand({ key: "Tab" })).toBeNull();
  });

  it("P enters presentation mode, Ctrl+P still prints", () => {
    expect(isEnterPresentationKey({ key: "p" })).toBe(true);
    expect(isEnterPresentationKey({ key: "P", shiftKey: true })).toBe(true);
    expect(isEnterPresentationKey({ key: "p", ctrlKey: true })).toBe(false);
  });
});
