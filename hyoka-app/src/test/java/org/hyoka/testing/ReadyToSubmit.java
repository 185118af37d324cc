package org.hyoka.testing;

import java.util.List;

import org.hyoka.arithmetic.DirectionProposal;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Sheet;

import tools.jackson.databind.node.ObjectNode;

/**
 * A division's judgement filled in where a sheet lacks it — this year's review, the four scores,
 * 方向性 and 理由, confirmed indicator directions — so that tests about what happens after a
 * submission can submit.
 */
public final class ReadyToSubmit {

    private ReadyToSubmit() {
    }

    public static Sheet fill(Sheet sheet) {
        SheetJson json = new SheetJson();
        ObjectNode tree = (ObjectNode) json.toTree(sheet);
        ObjectNode review = (ObjectNode) tree.get("review");
        fill(review, "responseToPreviousIssues", "前年度の課題に対応した。");
        fill(review, "outcomes", "計画どおり実施した。");
        for (String item : List.of("citizenNeeds", "progress", "municipalInvolvement", "priority")) {
            ObjectNode score = (ObjectNode) tree.get("assessment").get(item);
            if (score.get("score").isNull()) {
                score.put("score", 4);
            }
            fill(score, "comment", "標準の評価。");
        }
        ObjectNode direction = (ObjectNode) tree.get("direction");
        fill(direction, "decision", "継続");
        fill(direction, "reason", "引き続き実施する必要がある。");
        Sheet filled = ((ReadResult.Valid) json.read(tree)).sheets().get(0);
        return filled.withIndicators(filled.indicators().stream().map(i -> i.direction() != null ? i
                : i.withDirection(DirectionProposal.propose(i).orElseThrow().direction())).toList());
    }

    private static void fill(ObjectNode node, String field, String value) {
        if (!node.hasNonNull(field)) {
            node.put(field, value);
        }
    }

}
