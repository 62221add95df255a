package org.jixiao.io.excel;

import java.util.Map;

/** Where things stand in a jixiao workbook: one place for the writer and the reader. */
final class Layout {

    /** The version of this layout, recorded in every template. */
    static final String FORMAT = "jixiao-template-2";

    static final String FILL = "填报";
    static final String CLAIMS = "自评得分";
    static final String TABLE = "指标表";
    static final String META = "jixiao";

    // 填报: the subject, then one row per fact
    static final int REGION_ROW = 2;
    static final int YEAR_ROW = 3;
    static final int SUBJECT_VALUE_COL = 1;
    static final int SUBJECT_SECOND_LABEL_COL = 3;
    static final int SUBJECT_SECOND_VALUE_COL = 4;
    static final int FACT_HEADER_ROW = 5;
    static final int FIRST_FACT_ROW = 6;
    static final int COL_NUMBER = 0;
    static final int COL_LABEL = 1;
    static final int COL_UNIT = 2;
    static final int COL_KIND = 3;
    static final int COL_PLAN = 4;
    static final int COL_VALUE = 5;
    static final int COL_INDICATOR = 6;
    static final int COL_KEY = 7;
    /** Who fills the row in an upper level's workbook: 市填写, or 由各县（区）汇总 (then greyed for a 市). */
    static final int COL_WHO = 8;

    /** The headings of 填报, column by column: a workbook whose headings moved is refused, not misread. */
    static final String[] FACT_HEADERS = {"序号", "填报项", "单位", "填写要求", "计划数", "实际数/填报值", "相关指标", "编号", "市级填报"};
    /** The headings of 自评得分. */
    static final String[] CLAIM_HEADERS = {"一级指标", "二级指标", "分值", "市县评价得分", "编号"};

    /** In 市级填报: a row the counties supply, which a city's workbook leaves empty. */
    static final String FROM_COUNTIES = "由各县（区）汇总";
    /** In 市级填报: a row every level fills. */
    static final String OWN = "本级填写";
    /** In 市级填报: a roll-up weight, which a county must give and an upper level may leave empty. */
    static final String WEIGHT = "县（区）必填";

    // 自评得分: one row per indicator, then 合计
    static final int CLAIM_HEADER_ROW = 2;
    static final int FIRST_CLAIM_ROW = 3;
    static final int CLAIM_COL_GROUP = 0;
    static final int CLAIM_COL_NAME = 1;
    static final int CLAIM_COL_WEIGHT = 2;
    static final int CLAIM_COL_VALUE = 3;
    static final int CLAIM_COL_KEY = 4;

    // jixiao: what the workbook was made from
    static final int META_FORMAT = 0;
    static final int META_RUBRIC = 1;
    static final int META_VERSION = 2;
    static final int META_SHA = 3;

    /** 县（区）, 市, 省 in the workbook; county, city, province in submissions. */
    static final Map<String, String> LEVELS = Map.of("县（区）", "county", "市", "city", "省", "province");

    private Layout() {}

    /** An A1 reference such as 填报!F7. */
    static String ref(String sheet, int row, int col) {
        return sheet + "!" + new org.apache.poi.ss.util.CellReference(row, col).formatAsString(false);
    }
}
