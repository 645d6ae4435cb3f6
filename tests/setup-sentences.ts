// The messages' sentences, as the command line and the workers have them: loaded with the code.
// tests/data/message-sentences.test.ts sees the page's way, where they load with the first message.
import "../src/data/sentences/all";
