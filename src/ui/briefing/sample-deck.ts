// The ready-made deck for the sample data: the district's story in six views. Each slide is the
// view store's initial view with a few fields changed, captured the same way "Add slide" does, so
// it carries every field the view has (the coverage mode included) and nothing hand-made.
import { captureView, DECK_FORMAT, DECK_VERSION, type Deck, type Slide } from "../../state/deck";
import { initialView, type Language, type ViewState } from "../../state/view";

const HEO_TRAI = { code: "03730-01", center: [103.6398, 21.4987] as [number, number] };
const CHIENG_PHA = { code: "03730", center: [103.645, 21.512] as [number, number] };

interface SampleSlide {
  id: string;
  title: Record<Language, string>;
  notes: Record<Language, string>;
  view: Partial<ViewState>;
}

const noIncidents = { units: true, hamlets: true, sites: true, incidents: false };

const SLIDES: SampleSlide[] = [
  {
    id: "sample-district",
    title: {
      vi: "Huyện Thuận Châu: 29 xã, thị trấn, 391 bản",
      en: "Thuận Châu district: 29 communes, 391 hamlets",
    },
    notes: {
      vi: "Toàn huyện khoảng 1.535 km². Mỗi bản có tổ an ninh nhân dân, tổ hòa giải, tổ PCCC.",
      en: "The district covers about 1,535 km². Every hamlet has a security, a mediation and a fire team.",
    },
    view: { visible: noIncidents },
  },
  {
    id: "sample-model-point",
    title: {
      vi: "Mô hình điểm: Bản Heo Trại (Chiềng Pha)",
      en: "The model point: Bản Heo Trại (Chiềng Pha)",
    },
    notes: {
      vi: "Bản tự quản, bình yên, không có tội phạm và tệ nạn xã hội; xây dựng từ năm 2019.",
      en: "A self-managed, peaceful hamlet with no crime or social evils; built from 2019.",
    },
    view: {
      camera: { center: HEO_TRAI.center, zoom: 13 },
      selected: { layer: "hamlets", id: HEO_TRAI.code },
      visible: noIncidents,
    },
  },
  {
    id: "sample-replication",
    title: {
      vi: "Nhân rộng ra 12/12 bản xã Chiềng Pha",
      en: "Replicated to 12 of 12 hamlets in Chiềng Pha",
    },
    notes: {
      vi: "Trong một năm, mô hình được nhân rộng ra toàn bộ 12 bản của xã.",
      en: "Within a year the model spread to all 12 hamlets of the commune.",
    },
    view: {
      camera: { center: CHIENG_PHA.center, zoom: 12.2 },
      selected: { layer: "units", id: CHIENG_PHA.code },
      visible: noIncidents,
    },
  },
  {
    id: "sample-coverage",
    title: { vi: "Độ phủ mô hình toàn huyện hôm nay", en: "Model coverage across the district today" },
    notes: {
      vi: "Tỷ lệ bản có mô hình theo từng xã; các xã trắng là nơi cần đến tiếp.",
      en: "Share of hamlets with the model in each commune; the gaps are where to go next.",
    },
    view: { mode: "coverage", visible: noIncidents },
  },
  {
    id: "sample-incidents",
    title: { vi: "Vụ việc an ninh trật tự 2019–2022", en: "Security incidents 2019–2022" },
    notes: {
      vi: "Vụ việc tập trung ở đâu, và có giảm nơi mô hình đã được xây dựng không.",
      en: "Where incidents cluster, and whether they fell where the model took hold.",
    },
    view: {
      window: { from: "2019-01-01", to: "2022-12-31" } as ViewState["window"],
      visible: { units: true, hamlets: false, sites: true, incidents: true },
    },
  },
  {
    id: "sample-next-sites",
    title: { vi: "Đề xuất điểm nhân rộng tiếp theo", en: "Proposed next replication sites" },
    notes: {
      vi: "Các bản màu cam đã có kế hoạch nhân rộng; đội Phong trào đề xuất thứ tự thực hiện.",
      en: "Orange hamlets are planned for replication; the movement team proposes the order.",
    },
    view: { visible: noIncidents },
  },
];

export function sampleDeck(language: Language): Deck {
  const slides: Slide[] = SLIDES.map((slide) => ({
    id: slide.id,
    title: slide.title[language],
    notes: slide.notes[language],
    view: captureView({ ...initialView, ...slide.view }),
  }));
  const title =
    language === "vi"
      ? "Phong trào Toàn dân bảo vệ an ninh Tổ quốc, huyện Thuận Châu"
      : "The national security movement in Thuận Châu district";
  return { format: DECK_FORMAT, version: DECK_VERSION, title, slides };
}
