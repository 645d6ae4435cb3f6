// @vitest-environment happy-dom
// The flaw behind the stuck import dialog: in a browser the worker's progress reports and its
// answer travel through two ports with no order between them, so on a busy page the last report
// ("Xong 100%") can arrive after the answer. The dialog must not go back to "Đang đọc tệp…".
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ImportRunner } from "../../../src/workers/import-client";
import {
  csvFile,
  givenTheApp,
  thenTheMappingIsShown,
  whenFilesAreDropped,
  whenTheDialogIsOpened,
} from "./import-driver";

afterEach(cleanup);

const HAMLETS = "ma_ban,ten_ban\n03730-01,Bản Heo Trại\n03730-02,Bản Nà Lốc";
const DELAY = 40;
const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Delivers every report DELAY ms late, so the last ones come after the result, as they may. */
function lateReports(runner: ImportRunner): ImportRunner {
  return {
    ...runner,
    start: (request, onProgress) =>
      runner.start(request, (progress) => {
        setTimeout(() => onProgress(progress), DELAY);
      }),
    dispose: () => runner.dispose(),
  };
}

describe("progress reports that arrive after the result", () => {
  it("leave the mapping on screen after the first pass, and the report after the import", async () => {
    givenTheApp({ wrapRunner: lateReports });
    const dialog = await whenTheDialogIsOpened();
    whenFilesAreDropped(within(dialog).getByTestId("import-drop-zone"), csvFile("ban.csv", HAMLETS));
    const card = await thenTheMappingIsShown("ban.csv");
    await pause(DELAY * 3);
    expect(within(card).queryByText("Đang đọc tệp…")).toBeNull();
    const importButton = within(card).getByRole("button", { name: "Nhập" });

    fireEvent.click(importButton);
    await within(card).findByTestId("count-read");
    await pause(DELAY * 3);
    expect(within(card).getByTestId("count-accepted").textContent).toBe("2");
    expect(within(card).queryByRole("progressbar")).toBeNull();
    expect(screen.queryAllByText("Đang đọc tệp…")).toEqual([]);
  });
});
