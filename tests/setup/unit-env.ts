// Unit tests never touch the project's .data folder: local key material goes to a throwaway folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

process.env.DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-unit-"));
