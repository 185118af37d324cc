package org.hyoka.qualitypages;

import java.util.List;

import org.hyoka.quality.QualityRule;

/** A municipality's published sheets of one year, worst quality score first, and the same by 課. */
public record RankingPage(String municipalityCode, String municipalityName, String yearLabel, List<Ranked> sheets,
        List<Division> divisions) {

    public RankingPage {
        sheets = List.copyOf(sheets);
        divisions = List.copyOf(divisions);
    }

    /** A sheet's score and the rules that cost it points, most costly first. */
    public record Ranked(long id, String title, String sheetNumber, String department, String division, int score,
            List<Lost> lost) {
        public Ranked {
            lost = List.copyOf(lost);
        }
    }

    public record Lost(QualityRule rule, int findings, int points) {
        public String href() {
            return QualityController.RULES + "/" + rule.id();
        }
    }

    public record Division(String department, String division, String averageScore, int sheets, int findings) {
    }
}
