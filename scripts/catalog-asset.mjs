// Trunk's post-build hook (Trunk.toml): copies the catalog and the languages that crates/catalog/build.rs parsed,
// checked and wrote as JSON into its OUT_DIR next to the page, as the packaged catalog.json.
// Cargo names that OUT_DIR in its build-script-executed message; asking it again is a no-op
// after Trunk's own build, and compiles the small catalog crate if anything else did not.
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("catalog-asset.mjs runs as Trunk's post_build hook (TRUNK_STAGING_DIR unset)");
const args = ["build", "-p", "deskbreak-catalog", "--lib", "--target", "wasm32-unknown-unknown", "--message-format=json"];
if (process.env.TRUNK_PROFILE === "release") args.push("--release");
const messages = execFileSync("cargo", args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 << 20 })
  .split("\n")
  .filter((line) => line.startsWith("{"))
  .map((line) => JSON.parse(line));
const script = messages.find((m) => m.reason === "build-script-executed" && /deskbreak-catalog/.test(m.package_id));
if (!script) throw new Error("cargo reported no build script run for deskbreak-catalog");
copyFileSync(join(script.out_dir, "catalog.json"), join(staging, "catalog.json"));
// Each language's asset (l10n/<lang>.json) and the store's name and description per language
// (_locales/<lang>/messages.json), which build.rs wrote beside it after checking them.
for (const dir of ["l10n", "_locales"]) cpSync(join(script.out_dir, dir), join(staging, dir), { recursive: true });
