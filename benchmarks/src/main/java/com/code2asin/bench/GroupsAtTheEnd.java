package com.code2asin.bench;

import com.code2asin.model.Topics;
import com.code2asin.testing.ConsumerGroups;
import java.util.Arrays;
import java.util.List;

/**
 * {@code GroupsAtTheEnd BOOTSTRAP GROUP TOPIC_SHORT_NAME...}: a bench run's consumer group, committed at the
 * current end of its topics before the services join it, so the run does not replay what earlier runs left and a
 * partition that changes hands mid-run (a replica killed) resumes where the group was. Topics are named as the
 * services' settings name them ({@code batch-done} for {@code ${code2asin.topic.batch-done}}), and found in
 * {@link Topics}.
 */
public final class GroupsAtTheEnd {

    private GroupsAtTheEnd() {
    }

    public static void main(String[] args) {
        List<String> topics = Arrays.stream(args).skip(2).map(GroupsAtTheEnd::topic).toList();
        ConsumerGroups.atTheEnd(args[0], args[1], topics);
    }

    private static String topic(String shortName) {
        return Topics.ALL.stream().filter(topic -> Topics.shortName(topic).equals(shortName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no topic " + shortName + " in Topics.ALL"));
    }
}
