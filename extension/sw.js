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

// Each event goes over as one typed object, `{ type, ...what the listener received }`, which the
// wasm reads once into its `WorkerEvent`.
function dispatch(event) {
  const run = chain.then(() => handle_event(JSON.stringify(event)));
  chain = run.catch((err) => console.error(`deskbreak worker: ${event.type} failed:`, err));
  return run;
}

chrome.runtime.onInstalled.addListener(() => dispatch({ type: "startup" }));
chrome.runtime.onStartup.addListener(() => dispatch({ type: "startup" }));
chrome.idle.onStateChanged.addListener((state) => dispatch({ type: "idle", state }));
chrome.alarms.onAlarm.addListener((alarm) => dispatch({ type: "alarm", name: alarm.name }));
chrome.notifications.onClicked.addListener((id) => dispatch({ type: "notification_clicked", id }));
chrome.notifications.onButtonClicked.addListener((id, index) => dispatch({ type: "notification_button", id, index }));
chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== "local") return;
  const keys = Object.keys(changes);
  const added = keys.filter((k) => changes[k].oldValue === undefined && changes[k].newValue !== undefined);
  dispatch({ type: "storage_changed", keys, added });
});
// `audible` is reported without the tabs permission.
chrome.tabs.onUpdated.addListener((_id, change) => {
  if ("audible" in change) dispatch({ type: "audible", audible: change.audible });
});
chrome.tabs.onRemoved.addListener(() => dispatch({ type: "audible_check" }));
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  dispatch({ type: "message", message, sender_id: sender.id ?? null, sender_url: sender.url ?? null }).then(
    (answer) => reply(answer ?? null),
    (err) => reply({ error: String(err) }),
  );
  return true; // the reply comes asynchronously
});

// Every wake-up of the worker passes here first; the wasm counts it and reloads its state.
dispatch({ type: "wake" });
