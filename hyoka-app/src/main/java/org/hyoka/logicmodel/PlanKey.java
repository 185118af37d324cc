package org.hyoka.logicmodel;

import java.util.Arrays;
import java.util.Optional;

import org.hyoka.glossary.Field;
import org.springframework.web.util.UriUtils;

/**
 * What a logic model is drawn for: a 戦略プラン code of the つくば市 form, or one tier of the 対象・意図・結果
 * form's policy hierarchy with its number. The path of its page is made here, once, for page and JSON.
 */
public sealed interface PlanKey {

    /** The tier word in the page's path; for a 戦略プラン, "plan". */
    String path();

    /** 戦略プラン Ⅳ-3, 施策 2-1: what a person reads. */
    String label();

    record StrategicPlan(String code) implements PlanKey {
        @Override
        public String path() {
            return "plan/" + UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String label() {
            return Field.STRATEGIC_PLAN.label() + " " + code;
        }
    }

    record Policy(Tier tier, String number) implements PlanKey {
        @Override
        public String path() {
            return "policy/" + tier.code() + "/" + UriUtils.encodePathSegment(number, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String label() {
            return tier.label() + " " + number;
        }
    }

    /** The tiers as table sheet_policy names them, from the broadest down, with the form's printed words. */
    public enum Tier {
        POLICY("policy", "政策"),
        MEASURE("measure", "施策"),
        BASIC_PROJECT("basic-project", "基本事業");

        private final String code;
        private final String label;

        Tier(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        static Optional<Tier> fromCode(String code) {
            return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
        }
    }
}
