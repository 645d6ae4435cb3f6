// Every sentence of the data checks' messages. Loading this module provides them
// (message-sentences.ts): the page loads it with its first message; the command line, the
// workers, the import panel and the tests import it with their own code.
import { provideSentences } from "../message-sentences";
import { CONFIG_SENTENCES } from "./config-sentences";
import {
  describeExpectation,
  FEATURE_SENTENCES,
  FILE_SENTENCES,
  KIND_NAMES,
  REASON_SENTENCES,
} from "./file-sentences";
import { GAZETTEER_SENTENCES, periodText } from "./gazetteer-sentences";
import { LIMIT_SENTENCES } from "./limit-sentences";
import { SHEET_SENTENCES } from "./sheet-sentences";

const SENTENCES = {
  file: {
    features: FEATURE_SENTENCES,
    files: FILE_SENTENCES,
    reasons: REASON_SENTENCES,
    kinds: KIND_NAMES,
    describeExpectation,
  },
  gazetteer: { messages: GAZETTEER_SENTENCES, periodText },
  sheet: SHEET_SENTENCES,
  limit: LIMIT_SENTENCES,
  config: CONFIG_SENTENCES,
};

export type Sentences = typeof SENTENCES;

provideSentences(SENTENCES);
