import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ModelAnswerView } from "@/components/practice/feedback/model-answer-view";
import { buildModelAnswer } from "@/lib/practice/session/model-answer";
import type { AnswerFeedback } from "@/lib/practice/session/records";
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";

const render = (modelAnswer: AnswerFeedback["modelAnswer"]) =>
  renderToStaticMarkup(createElement(ModelAnswerView, { modelAnswer, headingLevel: 3 }));
const offline = (answer: string) =>
  buildModelAnswer({
    question: { kind: "behavioural", competencies: ["ownership"] },
    targetRole: "Product Manager",
    competencyLabel: "ownership",
    star: scoreStarAnswer(answer),
  });

describe("ModelAnswerView", () => {
  it("says the offline model answer was assembled from the answer and marks its generic parts", () => {
    const html = render(offline("I think we did ok in the end. The team worked on it together and it went well."));
    expect(html).toContain("This model answer was assembled offline from your answer");
    expect(html).toContain("Parts marked (generic) use standard wording");
    expect(html.match(/\(generic\)<\/span>/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it("marks nothing generic when every part came from the answer", () => {
    const html = render(
      offline(
        "Last year at Acme our checkout was failing for 5% of customers. My goal was to find the cause within a week. " +
          "I analysed the logs and I wrote a fix. As a result, failures dropped from 5% to 0.2%.",
      ),
    );
    expect(html).toContain("This model answer was assembled offline from your answer");
    expect(html).not.toContain("(generic)</span>");
  });

  it("keeps the AI's label, and the old template's for answers stored before", () => {
    const parts = { situation: "S.", task: "T.", action: "A.", result: "R." };
    expect(render({ engine: "ai", text: "S. T. A. R.", parts })).toContain("Written by AI for your profile");
    const old = render({ engine: "templated", text: "S. T. A. R.", parts });
    expect(old).toContain("Offline template: fill in your own details");
    expect(old).not.toContain("assembled offline");
  });
});
