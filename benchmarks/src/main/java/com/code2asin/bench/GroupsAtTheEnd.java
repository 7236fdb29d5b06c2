package com.code2asin.bench;

import com.code2asin.testing.ConsumerGroups;
import java.util.Arrays;

/**
 * {@code GroupsAtTheEnd BOOTSTRAP GROUP TOPIC...}: a bench run's consumer group, committed at the current end of its
 * topics before the services join it, so the run does not replay what earlier runs left and a partition that changes
 * hands mid-run (a replica killed) resumes where the group was.
 */
public final class GroupsAtTheEnd {

    private GroupsAtTheEnd() {
    }

    public static void main(String[] args) {
        ConsumerGroups.atTheEnd(args[0], args[1], Arrays.asList(args).subList(2, args.length));
    }
}
