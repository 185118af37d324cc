package org.hyoka.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hyoka.arithmetic.DirectionProposal;
import org.hyoka.arithmetic.Finding;
import org.hyoka.browse.Labels;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Indicator;

/**
 * The editor's live check, as JSON: what cannot be read, what the model finds, what still stops a
 * submission (each with the anchor of its input), 人件費計 as the server computes it, and the proposals.
 */
record CheckResponse(List<Item> problems, List<Item> findings, List<Item> readiness,
        Map<String, Long> personnelCosts, Map<String, Proposal> proposals) {

    record Item(String key, String anchor, String label, String message, String severity) {
    }

    record Proposal(String code, String text) {
    }

    static CheckResponse of(SheetBinder.Binding binding, List<Finding> findings, List<FormProblem> readiness) {
        List<Item> problems = binding.problems().stream()
                .map(p -> new Item(p.key(), p.anchor(), p.label(), p.message(), "error")).toList();
        List<Item> found = new ArrayList<>();
        for (Finding finding : findings) {
            String key = FormKeys.of(finding);
            found.add(new Item(key, FormKeys.anchor(key), FormKeys.label(binding.sheet().form(), key),
                    Labels.severity(finding.severity()) + "：" + finding.message(),
                    finding.severity().name().toLowerCase(java.util.Locale.ROOT)));
        }
        List<Item> ready = readiness.stream()
                .map(p -> new Item(p.key(), p.anchor(), p.label(), p.message(), "error")).toList();
        Map<String, Long> personnel = new LinkedHashMap<>();
        for (CostYear year : binding.sheet().costs()) {
            if (year.personnelCost() != null) {
                personnel.put(Integer.toString(year.fiscalYear()), year.personnelCost());
            }
        }
        Map<String, Proposal> proposals = new LinkedHashMap<>();
        for (Indicator indicator : binding.sheet().indicators()) {
            DirectionProposal.propose(indicator).ifPresent(p -> proposals.put(Integer.toString(indicator.slot()),
                    new Proposal(p.direction().code(), EditorPage.directionLabel(p.direction()) + "（" + p.because() + "）")));
        }
        return new CheckResponse(problems, found, ready, personnel, proposals);
    }
}
