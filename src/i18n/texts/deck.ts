// The ready-made deck's words: each slide tells one part of the story, and its title, headline
// and side notes are filled in from the data shown (see ui/briefing/story.ts), so an import, a
// new period or another district changes them with the figures.
import type { Entry } from "../entry";

export const DECK_TEXTS = {
  "story.units.commune": { vi: "{n} xã", en: { one: "{n} commune", other: "{n} communes" } },
  "story.units.town": { vi: "{n} thị trấn", en: { one: "{n} town", other: "{n} towns" } },
  "story.units.ward": { vi: "{n} phường", en: { one: "{n} ward", other: "{n} wards" } },

  "story.overview.title": { vi: "{area}: {units}, {hamlets}", en: "{area}: {units}, {hamlets}" },
  "story.overview.notes": {
    vi: "Toàn cảnh địa bàn: các xã, các bản và nơi mô hình đã có.",
    en: "The whole area: its communes, its hamlets and where the model stands.",
  },
  "story.modelPoint.title": {
    vi: "Mô hình điểm: {hamlet} ({unit})",
    en: "The model point: {hamlet} ({unit})",
  },
  "story.modelPoint.none": { vi: "Chưa có bản mô hình điểm trong dữ liệu", en: "No model point in the data" },
  "story.modelPoint.notes": {
    vi: "Bản tự quản, bình yên, không có tội phạm và tệ nạn xã hội.",
    en: "A self-managed, peaceful hamlet with no crime or social evils.",
  },
  "story.replication.title": {
    vi: "Nhân rộng ra {covered}/{total} bản {unit}",
    en: "Replicated to {covered} of {total} hamlets in {unit}",
  },
  "story.replication.notes": {
    vi: "Từ mô hình điểm, mô hình được nhân rộng ra các bản của xã.",
    en: "From the model point the model spread to the commune's hamlets.",
  },
  "story.coverage.title": {
    vi: "Độ phủ mô hình theo xã, đến {date}",
    en: "Model coverage by commune, as of {date}",
  },
  "story.coverage.titleUndated": { vi: "Độ phủ mô hình theo xã", en: "Model coverage by commune" },
  "story.coverage.notes": {
    vi: "Tỷ lệ bản có mô hình theo từng xã; các xã màu vàng là nơi cần đến tiếp.",
    en: "Share of hamlets with the model in each commune; the yellow communes are where to go next.",
  },
  "story.incidents.title": { vi: "Vụ việc an ninh trật tự {years}", en: "Security incidents {years}" },
  "story.incidents.none": { vi: "Chưa có dữ liệu vụ việc", en: "No incident data" },
  "story.incidents.notes": {
    vi: "Vụ việc tập trung ở đâu, và có giảm nơi mô hình đã được xây dựng không.",
    en: "Where incidents cluster, and whether they fell where the model took hold.",
  },
  "story.nextSites.title": {
    vi: "Đề xuất {n} bản nhân rộng tiếp theo",
    en: {
      one: "The next {n} hamlet proposed for the model",
      other: "The next {n} hamlets proposed for the model",
    },
  },
  "story.nextSites.none": {
    vi: "Không còn bản nào để đề xuất: mọi bản đã có mô hình",
    en: "Nothing left to propose: every hamlet has the model",
  },
  "story.nextSites.generic": {
    vi: "Đề xuất các bản nhân rộng tiếp theo",
    en: "The next hamlets proposed for the model",
  },
  "story.nextSites.notes": {
    vi: "Các bản đánh số là đề xuất nhân rộng, theo thứ tự; vòng cam là phạm vi mới được phủ.",
    en: "The numbered hamlets are the proposed sites, in order; the orange rings are the new reach.",
  },

  "story.headline.incidents": { vi: "vụ việc ANTT", en: "security incidents" },
  "story.headline.gain.population": {
    vi: "người mới trong {r} km quanh mô hình",
    en: "more people within {r} km of a model",
  },
  "story.headline.gain.incidents": {
    vi: "vụ việc mới trong {r} km quanh mô hình",
    en: "more incidents within {r} km of a model",
  },
  "story.headline.gain.hamlets": {
    vi: "bản mới trong {r} km quanh mô hình",
    en: "more hamlets within {r} km of a model",
  },

  "story.facts": { vi: "Số liệu chính", en: "Key figures" },
  "story.fact.covered": {
    vi: "{covered}/{total} bản có mô hình ({share})",
    en: "{covered}/{total} hamlets with the model ({share})",
  },
  "story.fact.modelSites": {
    vi: "{n} địa điểm mô hình",
    en: { one: "{n} model site", other: "{n} model sites" },
  },
  "story.fact.planned": {
    vi: "{n} bản có kế hoạch nhân rộng",
    en: { one: "{n} hamlet planned", other: "{n} hamlets planned" },
  },
  "story.fact.since": { vi: "Xây dựng từ {date}", en: "Built from {date}" },
  "story.fact.people": { vi: "{people}, {households}", en: "{people}, {households}" },
  "story.fact.groups": {
    vi: "{n} nhóm liên gia tự quản",
    en: { one: "{n} self-management group", other: "{n} self-management groups" },
  },
  "story.fact.span": { vi: "Từ {first} đến {last}", en: "From {first} to {last}" },
  "story.fact.fullUnits": {
    vi: "{n} xã phủ trên 75%",
    en: { one: "{n} commune over 75% covered", other: "{n} communes over 75% covered" },
  },
  "story.fact.emptyUnits": {
    vi: "{n} xã chưa có bản nào có mô hình",
    en: { one: "{n} commune with no hamlet covered", other: "{n} communes with no hamlet covered" },
  },
  "story.fact.year": { vi: "Năm {year}: {incidents}", en: "{year}: {incidents}" },
  "story.fact.pick": { vi: "{order}. {hamlet}, {unit}", en: "{order}. {hamlet}, {unit}" },
  "story.fact.planCurrent": { vi: "Kế hoạch đang mở ở mục Nhân rộng", en: "The plan open in Expansion" },
  "story.fact.planDefault": {
    vi: "Gợi ý tự động ({k} bản, {r} km); chỉnh ở mục Nhân rộng",
    en: "Suggested ({k} hamlets, {r} km); adjust it in Expansion",
  },
} as const satisfies Record<string, Entry>;
