// Trust (issue 5): what the package asks for, what leaves the browser, and hostile text.
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import {
  test, assert, DIST, storage, breakKeys, until, writeSettings, workHoursNow, testEvent,
  ageStretch, fireAlarm, withBrowser, start, settled,
} from "./harness.mjs";

const ALLOWED_PERMISSIONS = ["storage", "alarms", "idle", "notifications"];
const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";
const HOSTILE = "<img src=x onerror=alert(1)>";

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

/** Runs a started routine to its end on the page's fake clock, a minute at a time. */
async function finishRoutine(page) {
  const done = page.getByRole("heading", { level: 1, name: "Break done — nice work!" });
  for (let i = 0; i < 40 && !(await done.isVisible()); i++) await page.clock.runFor(60_000);
  await done.waitFor({ timeout: 5000 });
}

async function openSettings(page) {
  await page.getByRole("button", { name: "Settings" }).click();
  const dialog = page.getByRole("dialog", { name: "Settings" });
  await dialog.waitFor();
  return dialog;
}

/** Imports `content` through the settings dialog's file input; returns the message shown. */
async function importText(page, dialog, content) {
  const dir = mkdtempSync(join(tmpdir(), "deskbreak-import-"));
  const file = join(dir, "import.json");
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  const message = dialog.getByRole("alert").or(dialog.getByRole("status")).filter({ hasText: /import|Import|valid|Nothing/ });
  const texts = async () => (await message.allTextContents()).map((t) => t.trim()).filter(Boolean).join("\n");
  const before = await texts();
  await dialog.getByLabel("Import data").setInputFiles(file);
  try {
    return await until(async () => {
      const now = await texts();
      return now !== before && now;
    }, { what: "an import message" });
  } finally {
    // The page reads the file after the input changes: remove it only once it has answered.
    rmSync(dir, { recursive: true, force: true });
  }
}

function exportFile(breaks = [], settings = undefined) {
  return { format: "deskbreak-export", version: 1, exported_at: Date.now(), ...(settings ? { settings } : {}), breaks };
}

/** A valid stored break (schema 3) that ended a minute ago, in UTC. */
function validBreak(id, packId) {
  const end = Date.now() - 60_000;
  return {
    v: 3,
    id,
    pack_id: packId,
    start_ms: end - 5 * 60_000,
    end_ms: end,
    local_date: new Date(end).toISOString().slice(0, 10),
    offset_min: 0,
    exercises_done: 8,
    exercises_total: 8,
    moved_s: 300,
    checkin_before: null,
    checkin_after: null,
    checkin_area: null,
  };
}

test("the built manifest asks for nothing beyond storage, alarms, idle and notifications, with the strict CSP", () => {
  const m = JSON.parse(readFileSync(join(DIST, "manifest.json"), "utf8"));
  assert.equal(m.manifest_version, 3);
  for (const p of m.permissions ?? []) assert.ok(ALLOWED_PERMISSIONS.includes(p), `permission "${p}"`);
  for (const p of m.optional_permissions ?? []) assert.ok(ALLOWED_PERMISSIONS.includes(p), `optional permission "${p}"`);
  assert.deepEqual([...(m.permissions ?? [])].sort(), [...ALLOWED_PERMISSIONS].sort());
  assert.equal(m.host_permissions, undefined, "host_permissions");
  assert.equal(m.optional_host_permissions, undefined, "optional_host_permissions");
  assert.equal(m.content_scripts, undefined, "content_scripts");
  assert.equal(m.externally_connectable, undefined, "externally_connectable");
  assert.equal(m.web_accessible_resources, undefined, "web_accessible_resources");
  assert.equal(typeof m.content_security_policy, "object");
  assert.deepEqual(Object.keys(m.content_security_policy), ["extension_pages"]);
  assert.equal(m.content_security_policy.extension_pages, CSP);
});

test("no HTML file in dist has inline script or inline event handlers", () => {
  const html = filesUnder(DIST).filter((f) => f.endsWith(".html"));
  assert.ok(html.length >= 1, "dist has the New Tab page");
  for (const file of html) {
    const text = readFileSync(file, "utf8");
    const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)];
    assert.ok(scripts.length >= 1, `${file} loads its module`);
    for (const [, attrs, body] of scripts) {
      assert.match(attrs, /\ssrc\s*=/i, `${file}: a <script> without src`);
      assert.equal(body.trim(), "", `${file}: a <script> with a body`);
    }
    // An unclosed <script ...> would escape the pattern above; count the openings too.
    assert.equal((text.match(/<script\b/gi) ?? []).length, scripts.length, `${file}: unmatched <script>`);
    assert.doesNotMatch(text, /\son[a-z]+\s*=/i, `${file}: an inline event handler attribute`);
    assert.doesNotMatch(text, /javascript:/i, `${file}: a javascript: URL`);
  }
});

test("no request from any page or the worker leaves the extension across the user flows", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab({ clock: Date.now() });
    const origin = `${b.origin}/`;

    // Browse: another pack, the whole catalog, a pick.
    await page.getByRole("button", { name: "Another pack" }).click();
    await page.getByRole("button", { name: "Browse all packs" }).click();
    await page.getByRole("navigation", { name: "All packs" }).getByRole("button").nth(2).click();
    await page.getByRole("button", { name: "Back to today's pack" }).click();

    // A whole routine, with the check-ins before and after.
    await page.getByRole("group", { name: /right now\?$/ }).getByRole("button", { name: "2" }).click();
    await start(page);
    await page.getByRole("timer").waitFor();
    await finishRoutine(page);
    await page.getByRole("group", { name: /right now\?$/ }).getByRole("button", { name: "4" }).click();
    await until(async () => breakKeys(await storage(page)).length === 1, { what: "the break to be saved" });
    await page.getByRole("button", { name: "Back to my new tab" }).click();

    // Settings, export and import of the export.
    const dialog = await openSettings(page);
    await dialog.getByRole("spinbutton", { name: "Daily goal" }).fill("2");
    await dialog.getByRole("spinbutton", { name: "Daily goal" }).press("Tab");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Export data" }).click(),
    ]);
    await dialog.getByText("Exported all your data.").waitFor();
    const exported = readFileSync(await download.path(), "utf8");
    assert.equal(JSON.parse(exported).breaks.length, 1);
    assert.match(await importText(page, dialog, exported), /already here/);
    await page.keyboard.press("Escape");

    // The worker's flow: a nudge, and its Start opening a tab with the routine.
    const other = await b.newTab();
    await writeSettings(other, workHoursNow());
    await testEvent(other, "idle", "active");
    await ageStretch(other, 2 * 3600_000);
    await fireAlarm(b, other);
    await until(async () => (await b.inWorker(() => chrome.notifications.getAll())).nudge, { what: "the nudge" });
    const [tab] = await Promise.all([b.context.waitForEvent("page"), testEvent(other, "notification-start")]);
    await tab.getByRole("timer").waitFor();

    // Let anything late (a prefetch, a beacon) show up.
    await new Promise((r) => setTimeout(r, 1000));
    // The observer sees the worker's requests too (this one stays inside the extension).
    await b.inWorker(() => fetch(chrome.runtime.getURL("manifest.json?observer-check")).then((r) => r.text()));
    await until(() => b.requests.some((u) => u.endsWith("manifest.json?observer-check")), { what: "the worker's fetch" });
    const seen = b.requests.filter((u) => !u.startsWith("data:") && !u.startsWith("blob:"));
    assert.ok(seen.some((u) => u.endsWith("/deskbreak_bg.wasm")), "page requests are being observed");
    const outside = seen.filter((u) => !u.startsWith(origin));
    assert.deepEqual(outside, []);
    assert.deepEqual(b.errors, []);
  });
});

test("HTML in imported text is shown as text, never injected", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    const dialogs = [];
    b.context.on("dialog", (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    page.on("dialog", (d) => dialogs.push(d.message()));
    const dialog = await openSettings(page);
    await settled(page);
    const before = await storage(page);

    // 1. Refused files whose message quotes the hostile text back to the user.
    const badSchema = exportFile([], { schema: HOSTILE });
    const m1 = await importText(page, dialog, badSchema);
    assert.ok(m1.includes(HOSTILE), `the message shows the text as it is: ${m1}`);
    assert.match(m1, /Nothing was changed/);
    assert.equal(await page.locator("img").count(), 0, "no <img> was created from the message");

    const unknownField = { ...validBreak("a1", "back-pain"), [HOSTILE]: "<script>alert(2)</script>" };
    const m2 = await importText(page, dialog, exportFile([unknownField]));
    assert.ok(m2.includes(HOSTILE), `the message shows the field name as it is: ${m2}`);
    assert.equal(await page.locator("img, script:not([src])").count(), 0, "no element was created from the message");
    assert.deepEqual(await storage(page), before, "a refused import changes nothing");

    // 2. An accepted file whose break id and pack id are markup.
    const hostileBreak = validBreak(`<script>alert(3)</script>${HOSTILE}`, HOSTILE);
    assert.match(await importText(page, dialog, exportFile([hostileBreak])), /Imported 1 break/);
    const items = await storage(page);
    assert.equal(breakKeys(items).length, 1);
    await page.keyboard.press("Escape");
    await page.getByRole("complementary", { name: "Break streak" }).getByText("1 break", { exact: true }).waitFor();
    await page.reload();
    await page.getByRole("complementary", { name: "Break streak" }).getByText("1 break", { exact: true }).waitFor();

    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await page.locator("img").count(), 0, "no <img> was created");
    assert.equal(await page.locator("main script, body script").count(), 0, "no <script> was created");
    assert.deepEqual(dialogs, [], "no script ran");
    assert.deepEqual(b.errors, []);
  });
});

test("every pack page is built from text, with no element made from markdown HTML", async () => {
  await withBrowser(async (b) => {
    const page = await b.newTab();
    // The elements the page's own components create; anything else would come from content.
    const allowed = new Set([
      "ARTICLE", "P", "H1", "H2", "DL", "DIV", "DT", "DD", "BUTTON", "SPAN", "ASIDE", "SECTION",
      "OL", "UL", "LI", "STRONG", "DETAILS", "SUMMARY", "A", "NAV",
    ]);
    await page.getByRole("button", { name: "Browse all packs" }).click();
    // The pack cards (not "Make your own", which opens the routine editor).
    const cards = () =>
      page.getByRole("navigation", { name: "All packs" }).getByRole("button").filter({ hasNotText: "Make your own" });
    const count = await cards().count();
    assert.ok(count >= 12, `${count} packs`);
    for (let i = 0; i < count; i++) {
      if (i > 0) await page.getByRole("button", { name: "Browse all packs" }).click();
      await cards().nth(i).click();
      const report = await page.getByRole("article").evaluate((article) => {
        const tags = new Set();
        const handlers = [];
        const links = [];
        for (const el of article.querySelectorAll("*")) {
          tags.add(el.tagName);
          for (const a of el.attributes) if (/^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)) handlers.push(`${el.tagName} ${a.name}`);
          if (el.tagName === "A") links.push({ href: el.getAttribute("href"), rel: el.getAttribute("rel"), target: el.getAttribute("target") });
        }
        return { title: article.querySelector("h1").textContent, tags: [...tags], handlers, links, text: article.textContent };
      });
      const unexpected = report.tags.filter((t) => !allowed.has(t));
      assert.deepEqual(unexpected, [], `${report.title}: elements ${unexpected}`);
      assert.deepEqual(report.handlers, [], `${report.title}: handlers`);
      assert.ok(report.links.length <= 1, `${report.title}: only the demo link`);
      for (const l of report.links) {
        assert.match(l.href, /^https:\/\//);
        assert.match(l.rel, /noopener/);
        assert.equal(l.target, "_blank");
      }
      // Markdown syntax never leaks through as text, and no tag-like text is left unparsed.
      assert.doesNotMatch(report.text, /\*\*|<\/?[a-z][^>]*>/i, `${report.title}: markup in the text`);
    }
    // Text with markup characters is shown as the characters themselves.
    await page.getByRole("button", { name: "Browse all packs" }).click();
    await page.getByRole("navigation", { name: "All packs" }).getByRole("button", { name: /Eyes & Screen Strain/ }).click();
    assert.equal((await page.getByRole("heading", { level: 1 }).textContent()).trim(), "Eyes & Screen Strain");
  });
});
