import { SHOWN_TEXT_LIMIT, shortText } from "../domain/shown-text";
import type { Message } from "../domain/types";
import { useTranslate, useView } from "./app-context";

/**
 * One problem found in a file: what is wrong and what to do, then where (the file, the feature by
 * index and id, the property) and what was expected and found. Text only, never HTML.
 */
/** A message is a sentence or two; one listing a file's thousand columns is cut like any text. */
const MESSAGE_LIMIT = 4 * SHOWN_TEXT_LIMIT;

export function MessageItem({ message, showFile = false }: { message: Message; showFile?: boolean }) {
  const t = useTranslate();
  const language = useView((store) => store.language);
  return (
    <li className={`message level-${message.level}`}>
      <span className="message-level">{message.level}</span>{" "}
      {shortText(message.text[language], MESSAGE_LIMIT)}
      <span className="message-where">
        {showFile && (
          <>
            {" "}
            · <code>{shortText(message.file)}</code>
          </>
        )}
        {message.featureIndex !== null && (
          <>
            {" "}
            · {t("feature")} #{message.featureIndex}
            {message.featureId ? ` (${shortText(message.featureId)})` : ""}
          </>
        )}
        {message.property && (
          <>
            {" "}
            · {t("property")} <code>{shortText(message.property)}</code>
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
            · {t("found")} <code>{shortText(message.found)}</code>
          </>
        )}
      </span>
    </li>
  );
}
