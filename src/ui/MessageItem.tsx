import type { Message } from "../domain/types";
import { useText } from "./use-text";

const ABSENT = "(absent)";
// What a message quotes is the data's own ("NAME_3", “MườngKhiên”): marked as such, not as our words.
const QUOTED = /(“[^”]*”|"[^"]*")/;

function MessageText({ text }: { text: string }) {
  return text.split(QUOTED).map((part, index) =>
    index % 2 === 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text
      <span key={index} translate="no">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/**
 * One problem found in a file: what is wrong and what to do, then where (the file, the feature by
 * index and id, the property) and what was found. Text only, never HTML. The engine gives what was
 * expected in English only; the message's own text says it in both languages, so the separate
 * field is shown to English readers alone.
 */
export function MessageItem({ message, showFile = false }: { message: Message; showFile?: boolean }) {
  const tx = useText();
  return (
    <li className={`message level-${message.level}`}>
      <span className="message-level">{tx.t(`level.${message.level}`)}</span>{" "}
      <MessageText text={message.text[tx.language]} />
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
            · {tx.t("problems.feature")} #{message.featureIndex}
            {message.featureId ? ` (${message.featureId})` : ""}
          </>
        )}
        {message.property && (
          <>
            {" "}
            · {tx.t("problems.property")} <code>{message.property}</code>
          </>
        )}
        {message.expected && tx.language === "en" && (
          <>
            {" "}
            · {tx.t("problems.expected")} {message.expected}
          </>
        )}
        {message.found !== null && (
          <>
            {" "}
            · {tx.t("problems.found")}{" "}
            <code>{message.found === ABSENT ? tx.t("problems.absent") : message.found}</code>
          </>
        )}
      </span>
    </li>
  );
}
