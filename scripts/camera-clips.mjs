#!/usr/bin/env node
/**
 * The fake-camera clips the presence tests and bench/presence feed to Chromium (--use-file-for-fake-video-capture),
 * made with Debian's ffmpeg into .cache/camera-clips/ (git-ignored) from a demo photo in the face-api devDependency:
 *   face.y4m            a frontal face, 40 frames (4 s)
 *   noface.y4m          plain mid-gray, 40 frames
 *   face-then-away.y4m  30 frames of face, then 30 of gray; Chromium loops it, so the candidate keeps coming back
 * All are 320x240 yuv420p at 10 fps. They are rebuilt only when missing or when the photo or the recipe changed
 * (a key over both is stored beside them). With Debian 12's ffmpeg 5.1 the bytes are the same on every run.
 *   node scripts/camera-clips.mjs        prints the folder
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
export const CLIPS_DIR = path.join(root, ".cache", "camera-clips");

const FRAME = "scale=320:240,setsar=1,format=yuv420p";
const GRAY = ["-f", "lavfi", "-i", "color=c=0x808080:s=320x240:r=10"];
const QUIET = ["-nostdin", "-loglevel", "error", "-y"];

/** ffmpeg argument lists; face.jpg is the 640x480 crop of the demo photo (`source`) around its left-most person. */
const RECIPE = {
  "face.jpg": (dir, source) => [...QUIET, "-i", source, "-vf", "crop=640:480:0:430", "-q:v", "3", path.join(dir, "face.jpg")],
  "face.y4m": (dir) => [...QUIET, "-loop", "1", "-framerate", "10", "-i", path.join(dir, "face.jpg"), "-vf", FRAME, "-r", "10", "-frames:v", "40", "-f", "yuv4mpegpipe", path.join(dir, "face.y4m")],
  "noface.y4m": (dir) => [...QUIET, ...GRAY, "-vf", "setsar=1,format=yuv420p", "-frames:v", "40", "-f", "yuv4mpegpipe", path.join(dir, "noface.y4m")],
  "face-then-away.y4m": (dir) => [
    ...QUIET,
    ...["-loop", "1", "-framerate", "10", "-i", path.join(dir, "face.jpg"), ...GRAY],
    "-filter_complex",
    `[0:v]${FRAME},trim=end_frame=30[a];[1:v]setsar=1,format=yuv420p,trim=end_frame=30[b];[a][b]concat=n=2:v=1[v]`,
    ...["-map", "[v]", "-r", "10", "-f", "yuv4mpegpipe", path.join(dir, "face-then-away.y4m")],
  ],
};
export const CLIPS = ["face.y4m", "noface.y4m", "face-then-away.y4m"];

function demoPhoto() {
  const require = createRequire(import.meta.url);
  // The package's exports map may hide its demo folder, so find the package through its entry point.
  let dir = path.dirname(require.resolve("@vladmandic/face-api"));
  while (!fs.existsSync(path.join(dir, "package.json")) && dir !== path.dirname(dir)) dir = path.dirname(dir);
  const photo = path.join(dir, "demo", "sample6.jpg");
  if (!fs.existsSync(photo)) throw new Error(`camera clips need ${photo} from the @vladmandic/face-api devDependency (run npm install)`);
  return photo;
}

function recipeKey(photo) {
  const recipe = Object.entries(RECIPE).map(([name, args]) => [name, args("<dir>", "<photo>")]);
  return createHash("sha256").update(fs.readFileSync(photo)).update(JSON.stringify(recipe)).digest("hex");
}

function runFfmpeg(args) {
  try {
    execFileSync("ffmpeg", args, { stdio: ["ignore", "ignore", "pipe"] });
  } catch (error) {
    if (error.code === "ENOENT") throw new Error("camera clips need ffmpeg: run `bash scripts/ensure-system-packages.sh` (installs Debian's ffmpeg)");
    throw new Error(`ffmpeg failed: ${error.stderr?.toString().trim() || error.message}`);
  }
}

/** Makes the clips if missing or stale and returns the folder. Safe to call from several processes at once. */
export function ensureCameraClips() {
  const photo = demoPhoto();
  const key = recipeKey(photo);
  const keyFile = path.join(CLIPS_DIR, "recipe.sha256");
  const fresh = () =>
    fs.existsSync(keyFile) && fs.readFileSync(keyFile, "utf8").trim() === key && CLIPS.every((clip) => fs.existsSync(path.join(CLIPS_DIR, clip)));
  if (fresh()) return CLIPS_DIR;
  // Built in a private folder and moved in whole, so a reader never sees half a clip.
  fs.mkdirSync(path.dirname(CLIPS_DIR), { recursive: true });
  const work = fs.mkdtempSync(`${CLIPS_DIR}.tmp-`);
  fs.chmodSync(work, 0o755);
  try {
    for (const make of Object.values(RECIPE)) runFfmpeg(make(work, photo));
    fs.writeFileSync(path.join(work, "recipe.sha256"), `${key}\n`);
    if (fresh()) return CLIPS_DIR; // another process finished first
    fs.rmSync(CLIPS_DIR, { recursive: true, force: true });
    try {
      fs.renameSync(work, CLIPS_DIR);
    } catch (error) {
      if (!fresh()) throw error;
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return CLIPS_DIR;
}

/** Absolute path of one clip, made first if needed. */
export function cameraClip(name) {
  if (!CLIPS.includes(name)) throw new Error(`unknown camera clip ${name}; known: ${CLIPS.join(", ")}`);
  return path.join(ensureCameraClips(), name);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureCameraClips());
  } catch (error) {
    console.error(`camera-clips: ${error.message}`);
    process.exit(1);
  }
}
