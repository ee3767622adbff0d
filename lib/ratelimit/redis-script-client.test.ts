import { describe, expect, it } from "vitest";
import { scriptSha, stripShebang } from "./redis-script-client";

describe("stripShebang", () => {
  it("removes the flags line and keeps the Lua body byte for byte", () => {
    const body = '  local key = KEYS[1]\n  return redis.call("INCR", key)\n';
    expect(stripShebang(`#!lua flags=allow-key-locking\n${body}`)).toBe(body);
  });

  it("leaves a script without a shebang unchanged", () => {
    expect(stripShebang("return 1")).toBe("return 1");
  });
});

describe("scriptSha", () => {
  it("returns the SHA1 Redis names a script by", () => {
    // The value `SCRIPT LOAD "return 1"` answers on any Redis.
    expect(scriptSha("return 1")).toBe("e0e1f9fabfc9d4800c877a703b823ac0578ff8db");
  });
});
