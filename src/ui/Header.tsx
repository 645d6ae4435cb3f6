import type { ReactNode } from "react";
import { shortText } from "../domain/shown-text";
import { useTranslate, useView } from "./app-context";
import { ImportButton } from "./import";
import { ModeTabs } from "./ModeTabs";

interface HeaderProps {
  title: string;
  sample: boolean;
  dataDate: string | null;
  /** Buttons of other features (briefing), placed before the language switch. */
  actions?: ReactNode;
}

export function Header({ title, sample, dataDate, actions }: HeaderProps) {
  const t = useTranslate();
  const language = useView((store) => store.language);
  const setLanguage = useView((store) => store.setLanguage);
  return (
    <header className="app-header">
      <div className="app-title">
        <p className="app-tagline">
          <strong>{t("appName")}</strong>
          <span className="tagline-long"> · {t("tagline")}</span>
          {dataDate && (
            <span className="data-date">
              {" "}
              · {t("dataDate")} {formatDate(dataDate, language)}
            </span>
          )}
        </p>
        <h1>{title ? shortText(title) : t("loading")}</h1>
      </div>

      {sample && (
        <span className="sample-badge" title={t("sampleBadgeTitle")} data-testid="sample-badge">
          Dữ liệu mẫu / sample data
        </span>
      )}
      <ModeTabs />
      <div className="header-actions">
        <ImportButton />
        {actions}
        <button
          type="button"
          lang={language === "vi" ? "en" : "vi"}
          aria-label={t("switchLanguageLabel")}
          onClick={() => setLanguage(language === "vi" ? "en" : "vi")}
        >
          <span className="label-long">{t("switchLanguage")}</span>
          <span className="label-short" aria-hidden>
            {language === "vi" ? "EN" : "VI"}
          </span>
        </button>
      </div>
    </header>
  );
}

export function formatDate(isoDate: string, language: "vi" | "en"): string {
  const [year, month, day] = isoDate.split("-");
  if (!year || !month || !day) return isoDate;
  return language === "vi" ? `${day}/${month}/${year}` : isoDate;
}
