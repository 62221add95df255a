package org.jixiao.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor the batch path is measured against: the same NDJSON read and written with plain Jackson, one thread,
 * no scoring — {@code java -cp ... org.jixiao.benchmarks.Floor IN.ndjson OUT.ndjson}.
 */
public final class Floor {

    private Floor() {}

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(Files.newInputStream(Path.of(args[0])), StandardCharsets.UTF_8),
                        1 << 16);
                BufferedWriter out = new BufferedWriter(
                        new OutputStreamWriter(Files.newOutputStream(Path.of(args[1])), StandardCharsets.UTF_8),
                        1 << 16)) {
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                JsonNode node = json.readTree(line);
                ObjectNode result = json.createObjectNode();
                result.put("line", ++n);
                result.set("subject", node.get("subject"));
                out.write(json.writeValueAsString(result));
                out.write('\n');
            }
        }
    }
}
