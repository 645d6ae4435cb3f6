// The catalogue in the current language, for components: `const tx = useText(); tx.t("app.close")`.
import { type Texts, textsFor } from "../i18n";
import { useView } from "./app-context";

export function useText(): Texts {
  return textsFor(useView((store) => store.language));
}
