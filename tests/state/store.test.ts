import { describe, expect, it } from "vitest";
import { createViewStore } from "../../src/state/store";

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
}

describe("the view store", () => {
  it("remembers the language choice, and the URL wins over the memory", () => {
    const storage = memoryStorage();
    const store = createViewStore("", storage);
    expect(store.getState().language).toBe("vi");
    store.getState().setLanguage("en");
    expect(storage.values.get("binhyen.language")).toBe("en");
    expect(createViewStore("", storage).getState().language).toBe("en");
    expect(createViewStore("?lang=vi", storage).getState().language).toBe("vi");
  });

  it("keeps working when storage throws", () => {
    const broken = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
    };
    const store = createViewStore("", broken);
    store.getState().setLanguage("en");
    expect(store.getState().language).toBe("en");
  });

  it("does not notify subscribers when a selection does not change", () => {
    const store = createViewStore("");
    let notifications = 0;
    store.subscribe(() => {
      notifications += 1;
    });
    store.getState().select({ layer: "units", id: "03730" });
    store.getState().select({ layer: "units", id: "03730" });
    expect(notifications).toBe(1);
  });
});
