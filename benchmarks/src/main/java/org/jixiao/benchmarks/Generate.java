package org.jixiao.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes N valid Henan-2020 submissions as NDJSON, each with its own figures (seeded, so the same N gives the
 * same file): {@code java -cp ... org.jixiao.benchmarks.Generate N OUT.ndjson}.
 */
public final class Generate {

    private Generate() {}

    public static void main(String[] args) throws IOException {
        long n = Long.parseLong(args[0]);
        Path out = Path.of(args[1]);
        Random random = new Random(2020);
        try (BufferedWriter writer = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
            for (long i = 0; i < n; i++) {
                writer.write(line(i, random));
                writer.write('\n');
            }
        }
    }

    static String line(long i, Random r) {
        int households = 1000 + r.nextInt(9000);
        int buildings = 50 + r.nextInt(500);
        int communities = 5 + r.nextInt(100);
        int elderly = 1000 + r.nextInt(20000);
        return "{\"subject\":{\"region\":\"县" + i + "\",\"level\":\"county\",\"year\":2020,\"program\":\"城镇老旧小区改造\"},"
                + "\"rubric\":\"henan-2020-old-community\",\"facts\":{"
                + "\"localSubsidyArranged\":" + r.nextBoolean() + ","
                + "\"socialFundingRatio\":" + (r.nextInt(300) / 10.0) + ","
                + "\"fundRulesSound\":true,\"allocatedOnTime\":" + r.nextBoolean() + ",\"allocationTargeted\":true,"
                + "\"monitoringInPlace\":true,\"targetsSetAndEvaluated\":" + r.nextBoolean() + ","
                + "\"violations\":" + r.nextInt(3) + ",\"severeViolation\":false,"
                + "\"undisclosedItems\":" + r.nextInt(3) + ",\"reportDaysLate\":" + r.nextInt(3) + ","
                + "\"reportComplete\":" + r.nextBoolean() + ","
                + pair("households", households, r) + "," + pair("area", households / 100, r) + ","
                + pair("buildings", buildings, r) + "," + pair("communities", communities, r) + ","
                + pair("elderlyCareArea", elderly, r) + ","
                + "\"qualityIssues\":" + r.nextInt(3) + ",\"satisfactionRate\":" + (70 + r.nextInt(30)) + ","
                + "\"unhandledPetitions\":" + r.nextInt(2) + "},"
                + "\"claimed\":{\"total\":" + (80 + r.nextInt(20)) + "}}";
    }

    private static String pair(String name, int plan, Random r) {
        int actual = plan * (85 + r.nextInt(25)) / 100;
        return "\"" + name + "\":{\"plan\":" + Math.max(1, plan) + ",\"actual\":" + actual + "}";
    }
}
