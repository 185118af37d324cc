package org.hyoka.logicmodel;

/** The addresses of the logic model pages and their JSON. */
final class LogicModelPaths {

    static final String PAGE = "/logic-model";
    static final String API = "/api/logic-model";

    private LogicModelPaths() {
    }

    static String index(String municipalityCode, int fiscalYear) {
        return PAGE + "?municipalityCode=" + municipalityCode + "&fiscalYear=" + fiscalYear;
    }

    static String page(String municipalityCode, int fiscalYear, PlanKey key) {
        return PAGE + "/" + municipalityCode + "/" + fiscalYear + "/" + key.path();
    }

    static String json(String municipalityCode, int fiscalYear, PlanKey key) {
        return API + "/" + municipalityCode + "/" + fiscalYear + "/" + key.path();
    }
}
