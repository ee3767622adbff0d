import { describe, expect, it } from "vitest";
import { createLogger, formatLogLine, type LogLevel } from "./logger";

const ANSWER = "I noticed our deploys were failing twice a week, so I set up a canary pipeline and cut incidents by half.";
const NOW = new Date("2025-05-01T12:00:00.000Z");

function capture() {
  const lines: { level: LogLevel; record: Record<string, unknown> }[] = [];
  const logger = createLogger((level, line) => {
    expect(line).not.toContain("\n");
    lines.push({ level, record: JSON.parse(line) as Record<string, unknown> });
  });
  return { logger, lines };
}

describe("logger", () => {
  it("writes one JSON line with level, time, event and fields", () => {
    expect(JSON.parse(formatLogLine("info", "session.started", { sessionId: "s_1", questions: 5 }, NOW))).toEqual({
      level: "info",
      time: "2025-05-01T12:00:00.000Z",
      event: "session.started",
      sessionId: "s_1",
      questions: 5,
    });
  });

  it("routes each level to the sink", () => {
    const { logger, lines } = capture();
    logger.info("a");
    logger.warn("b");
    logger.error("c");
    expect(lines.map((l) => [l.level, l.record.level, l.record.event])).toEqual([
      ["info", "info", "a"],
      ["warn", "warn", "b"],
      ["error", "error", "c"],
    ]);
  });

  it("redacts answers, CV text and emails passed by mistake", () => {
    const { logger, lines } = capture();
    logger.error("answer.save_failed", {
      answerText: ANSWER,
      profile: { cvText: "Ada Lovelace CV", email: "ada@example.com", targetRole: "CTO" },
      hint: "ask ada@example.com",
    });
    const text = JSON.stringify(lines);
    expect(text).not.toContain(ANSWER);
    expect(text).not.toContain("Ada Lovelace CV");
    expect(text).not.toContain("ada@example.com");
    expect(lines[0]?.record.hint).toBe("ask [email]");
  });

  it("logs errors by name and scrubbed message", () => {
    const error = Object.assign(new Error(`Failing row contains (1, ${ANSWER})`), { code: "23502", detail: ANSWER });
    const record = JSON.parse(formatLogLine("error", "db.failed", { error }, NOW)) as { error: Record<string, unknown> };
    expect(record.error.name).toBe("Error");
    expect(record.error.code).toBe("23502");
    expect(record.error.message).toBe("Failing row contains ([Filtered])");
    expect(JSON.stringify(record)).not.toContain(ANSWER);
  });

  it("never logs a request body, query string or cookie", () => {
    const request = new Request("https://rehearse.app/api/answers?draft=secret", {
      method: "POST",
      headers: { cookie: "__session=jwt" },
      body: JSON.stringify({ answer: ANSWER }),
    });
    const line = formatLogLine("info", "request.received", { request }, NOW);
    expect(JSON.parse(line).request).toEqual({ method: "POST", path: "/api/answers" });
    expect(line).not.toMatch(/secret|jwt|canary/);
  });

  it("keeps reserved keys from being overwritten by fields", () => {
    const record = JSON.parse(formatLogLine("info", "x", { level: "error", time: "then" }, NOW)) as Record<string, unknown>;
    expect(record.level).toBe("info");
    expect(record.field_level).toBe("error");
    expect(record.field_time).toBe("then");
  });
});
