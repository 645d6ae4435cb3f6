// The time a slide's figures cover, in words: "từ 01/01/2021 đến 31/12/2021", "mọi thời điểm".
import type { Texts } from "../../i18n";
import type { TimeWindow } from "../../state/view";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

export function periodText(window: TimeWindow | undefined, tx: Texts): string {
  if (!window || (window.from === null && window.to === null)) return tx.t("briefing.allDates");
  const parts: string[] = [];
  if (window.from) parts.push(tx.t("briefing.fromDate", { date: tx.date(window.from) }));
  if (window.to) parts.push(tx.t("briefing.toDate", { date: tx.date(window.to) }));
  return parts.join(" ");
}
