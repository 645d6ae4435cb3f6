// "Dữ liệu mẫu / sample data" in both languages on purpose: a printout or a screenshot may be
// read by either reader. Each half says which language it is in.
import { textsFor } from "../i18n";

export function SampleBadgeText() {
  return (
    <>
      <span lang="vi">{textsFor("vi").t("app.sampleBadge")}</span> /{" "}
      <span lang="en">{textsFor("en").t("app.sampleBadge").toLowerCase()}</span>
    </>
  );
}

/** The same words for a canvas, where no element can carry a language. */
export function sampleBadgePlain(): string {
  return `${textsFor("vi").t("app.sampleBadge")} / ${textsFor("en").t("app.sampleBadge").toLowerCase()}`;
}
