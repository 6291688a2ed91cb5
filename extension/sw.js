// The background service worker's loader. The logic is Rust (worker/deskbreak_worker_bg.wasm);
// this file only registers every listener synchronously in the first evaluation, as MV3 needs,
// and hands each event to the wasm once it is ready. Events that arrive earlier wait in the
// promise chain: none is lost, and they are handled one at a time, in order.
import init, { handle_event } from "./worker/deskbreak_worker.js";

const ready = init({ module_or_path: new URL("./worker/deskbreak_worker_bg.wasm", import.meta.url) }).then(() =>
  // Start-up time (since the worker's time origin), read by `make bench`.
  performance.mark("deskbreak-worker-ready"),
);
let chain = ready;

function dispatch(kind, data) {
  const run = chain.then(() => handle_event(kind, data ?? null));
  chain = run.catch((err) => console.error(`deskbreak worker: ${kind} failed:`, err));
  return run;
}

chrome.runtime.onInstalled.addListener(() => dispatch("startup"));
chrome.runtime.onStartup.addListener(() => dispatch("startup"));
chrome.idle.onStateChanged.addListener((state) => dispatch("idle", state));
chrome.alarms.onAlarm.addListener((alarm) => dispatch("alarm", alarm.name));
chrome.notifications.onClicked.addListener((id) => dispatch("notification-click", id));
chrome.notifications.onButtonClicked.addListener((id, index) => dispatch("notification-button", { id, index }));
chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== "local") return;
  const keys = Object.keys(changes);
  const added = keys.filter((k) => changes[k].oldValue === undefined && changes[k].newValue !== undefined);
  dispatch("storage", { keys, added });
});
// `audible` is reported without the tabs permission.
chrome.tabs.onUpdated.addListener((_id, change) => {
  if ("audible" in change) dispatch("audible", change.audible);
});
chrome.tabs.onRemoved.addListener(() => dispatch("audible-check"));
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  dispatch("message", { message, senderId: sender.id ?? null, senderUrl: sender.url ?? null }).then(
    (answer) => reply(answer ?? null),
    (err) => reply({ error: String(err) }),
  );
  return true; // the reply comes asynchronously
});

// Every wake-up of the worker passes here first; the wasm counts it and reloads its state.
dispatch("wake");
