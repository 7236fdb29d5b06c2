package com.code2asin.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ./code2asin dlq list|replay TOPIC [bootstrap=HOST:PORT]}: what a topic's dead-letter topic holds since the
 * last replay, counted by reason, and its replay to the topic once the cause is fixed (a database that was down, a
 * bug since deployed). Prints one JSON object; each record listed on a line of its own before it.
 */
public final class DlqTool {

    private DlqTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !(args[0].equals("list") || args[0].equals("replay"))) {
            System.err.println("usage: dlq list|replay TOPIC [bootstrap=HOST:PORT]   (TOPIC without .dlq, e.g. "
                    + "code2asin.job-commands.v1)");
            System.exit(2);
        }
        String topic = args[1].endsWith(".dlq") ? args[1].substring(0, args[1].length() - 4) : args[1];
        String bootstrap = java.util.Arrays.stream(args).filter(a -> a.startsWith("bootstrap="))
                .map(a -> a.substring("bootstrap=".length())).reduce((first, last) -> last).orElse("127.0.0.1:9092");
        try (DeadLetterTopic dead = new DeadLetterTopic(bootstrap, topic)) {
            List<DeadLetterTopic.DeadLetter> letters = dead.pending();
            Map<String, Integer> reasons = new TreeMap<>();
            for (DeadLetterTopic.DeadLetter letter : letters) {
                System.out.printf("%s/%d/%d key=%s reason=%s%n", dead.name(), letter.at().partition(), letter.offset(),
                        letter.key(), letter.reason());
                reasons.merge(letter.reason(), 1, Integer::sum);
            }
            boolean replay = args[0].equals("replay");
            if (replay) {
                dead.replay(letters);
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("dlq", dead.name());
            summary.put("topic", topic);
            summary.put("pending", letters.size());
            summary.put("replayed", replay ? letters.size() : 0);
            summary.put("reasons", reasons);
            System.out.println(new ObjectMapper().writeValueAsString(summary));
        }
    }
}
