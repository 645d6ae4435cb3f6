import type { ReactNode } from "react";
import { shortText } from "../domain/shown-text";
import { useView } from "./app-context";
import { useDeployConfig } from "./deploy-config";
import { ImportButton } from "./import";
import { ModeTabs } from "./ModeTabs";
import { SampleBadgeText } from "./SampleBadgeText";
import { useText } from "./use-text";

interface HeaderProps {
  title: string;
  sample: boolean;
  dataDate: string | null;
  /** Buttons of other features (briefing), placed before the language switch. */
  actions?: ReactNode;
}

export function Header({ title, sample, dataDate, actions }: HeaderProps) {
  const tx = useText();
  const language = useView((store) => store.language);
  const setLanguage = useView((store) => store.setLanguage);
  const deployTitle = useDeployConfig().config.title;
  return (
    <header className="app-header">
      <div className="app-title">
        <p className="app-tagline">
          <strong>{deployTitle ?? tx.t("app.name")}</strong>
          <span className="tagline-long"> · {tx.t("app.tagline")}</span>
          {dataDate && (
            <span className="data-date">
              {" "}
              · {tx.t("app.dataDate")} {tx.date(dataDate)}
            </span>
          )}
        </p>
        <h1>{title ? shortText(title) : tx.t("app.loading")}</h1>
      </div>

      {sample && (
        <span className="sample-badge" title={tx.t("app.sampleBadgeTitle")} data-testid="sample-badge">
          <SampleBadgeText />
        </span>
      )}
      <ModeTabs />
      <div className="header-actions">
        <ImportButton />
        {actions}
        <button
          type="button"
          lang={language === "vi" ? "en" : "vi"}
          aria-label={tx.t("app.switchLanguageLabel")}
          onClick={() => setLanguage(language === "vi" ? "en" : "vi")}
        >
          <span className="label-long">{tx.t("app.switchLanguage")}</span>
          <span className="label-short" aria-hidden>
            {tx.t("app.switchLanguageShort")}
          </span>
        </button>
      </div>
    </header>
  );
}
