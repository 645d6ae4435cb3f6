// The movement's terms, each with a short explanation shown on hover, focus or tap (see
// ui/Term.tsx). From the project's glossary; a word of the UI that names one of these should
// carry its explanation where it first appears on a screen.
import type { Entry } from "../entry";

export const GLOSSARY_TERMS = [
  "peacefulCommune",
  "securityTeam",
  "mediationTeam",
  "fireTeam",
  "selfManagementGroup",
  "modelPoint",
  "modelSite",
  "replication",
  "securityAndOrder",
  "priorityScore",
  "reach",
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

export const GLOSSARY_TEXTS = {
  "term.peacefulCommune": { vi: "Xã bình yên", en: "Peaceful commune" },
  "glossary.peacefulCommune": {
    vi: "Xã mà mọi bản đều đã có mô hình: danh hiệu mô hình ở cấp xã.",
    en: "A commune where every hamlet has the model: the model's status at commune level.",
  },
  "term.securityTeam": { vi: "Tổ ANND", en: "Security team" },
  "glossary.securityTeam": {
    vi: "Tổ an ninh nhân dân: tổ quần chúng ở mỗi bản, cùng Công an xã giữ an ninh trật tự.",
    en: "People's security team: residents in each hamlet who help the commune police keep order.",
  },
  "term.mediationTeam": { vi: "Tổ hòa giải", en: "Mediation team" },
  "glossary.mediationTeam": {
    vi: "Tổ ở mỗi bản hòa giải mâu thuẫn, tranh chấp nhỏ giữa các hộ.",
    en: "A team in each hamlet that settles small disputes between households.",
  },
  "term.fireTeam": { vi: "Tổ PCCC", en: "Fire-prevention team" },
  "glossary.fireTeam": {
    vi: "Tổ phòng cháy chữa cháy: mỗi bản một tổ.",
    en: "Fire-prevention and firefighting team: one in each hamlet.",
  },
  "term.selfManagementGroup": { vi: "Nhóm LGTQ", en: "Self-management group" },
  "glossary.selfManagementGroup": {
    vi: "Nhóm liên gia tự quản: vài hộ liền kề tự quản về an ninh trật tự, có nhóm trưởng; mỗi bản có nhiều nhóm.",
    en: "Inter-household self-management group: a handful of neighbouring households with a group leader; several in each hamlet.",
  },
  "term.modelPoint": { vi: "Mô hình điểm", en: "Model point" },
  "glossary.modelPoint": {
    vi: "Bản đầu tiên được chọn xây dựng mô hình tự quản, bình yên, không có tội phạm và tệ nạn xã hội; các bản khác học theo.",
    en: "The first hamlet where the model is built: self-managed, peaceful, free of crime and social evils; the others follow its example.",
  },
  "term.modelSite": { vi: "Địa điểm mô hình", en: "Model site" },
  "glossary.modelSite": {
    vi: "Nơi một mô hình được xây dựng và duy trì; phạm vi ảnh hưởng tính từ đây.",
    en: "Where a model is built and kept up; its reach is measured from here.",
  },
  "term.replication": { vi: "Nhân rộng", en: "Replication" },
  "glossary.replication": {
    vi: "Đưa mô hình từ mô hình điểm ra các bản khác của xã, rồi sang các xã khác.",
    en: "Spreading the model from the model point to the commune's other hamlets, then to other communes.",
  },
  "term.securityAndOrder": { vi: "ANTT", en: "Security and order" },
  "glossary.securityAndOrder": {
    vi: "An ninh trật tự: vụ việc ANTT gồm trộm cắp, ma túy, tranh chấp, bạo lực, cháy, vũ khí, giao thông…",
    en: "Security and order: incidents such as theft, drugs, disputes, violence, fire, weapons, traffic…",
  },
  "term.priorityScore": { vi: "Điểm ưu tiên", en: "Priority score" },
  "glossary.priorityScore": {
    vi: "Điểm 0–100 xếp hạng bản chưa có mô hình theo các tiêu chí ưu tiên đã chọn; càng cao càng nên đến trước.",
    en: "A 0–100 score that ranks uncovered hamlets by the criteria chosen; higher means go there sooner.",
  },
  "term.reach": { vi: "Phạm vi ảnh hưởng", en: "Reach" },
  "glossary.reach": {
    vi: "Các bản trong bán kính R km quanh một địa điểm mô hình được coi là chịu ảnh hưởng của mô hình.",
    en: "Hamlets within R km of a model site count as reached by the model.",
  },
} as const satisfies Record<string, Entry>;
