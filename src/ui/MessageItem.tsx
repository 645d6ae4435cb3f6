import type { Message } from "../domain/types";
import { useTranslate, useView } from "./app-context";

/**
 * One problem found in a file: what is wrong and what to do, then where (the file, the feature by
 * index and id, the property) and what was expected and found. Text only, never HTML.
 */
export function MessageItem({ message, showFile = false }: { message: Message; showFile?: boolean }) {
  const t = useTranslate();
  const language = useView((store) => store.language);
  return (
    <li className={`message level-${message.level}`}>
      <span className="message-level">{message.level}</span> {message.text[language]}
      <span className="message-where">
        {showFile && (
          <>
            {" "}
            · <code>{message.file}</code>
          </>
        )}
        {message.featureIndex !== null && (
          <>
            {" "}
            · {t("feature")} #{message.featureIndex}
            {message.featureId ? ` (${message.featureId})` : ""}
          </>
        )}
        {message.property && (
          <>
            {" "}
            · {t("property")} <code>{message.property}</code>
          </>
        )}
        {message.expected && (
          <>
            {" "}
            · {t("expected")} {message.expected}
          </>
        )}
        {message.found !== null && (
          <>
            {" "}
            · {t("found")} <code>{message.found}</code>
          </>
        )}
      </span>
    </li>
  );
}
