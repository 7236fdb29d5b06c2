package com.code2asin.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code2asin.model.Topics;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every topic of shared-model's Topics is configuration under its short name, and only those. */
class TopicsConfigSourceTest {

    private final TopicsConfigSource source = new TopicsConfigSource();

    @Test
    void everyTopicConstantIsServedUnderItsShortName() throws Exception {
        List<String> constants = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof String topic
                    && topic.endsWith(".v1")) {
                constants.add(topic);
            }
        }
        assertEquals(new TreeSet<>(constants), new TreeSet<>(Topics.ALL), "Topics.ALL lists every topic constant");
        Set<String> names = new TreeSet<>();
        for (String topic : constants) {
            String name = "code2asin.topic." + Topics.shortName(topic);
            assertEquals(topic, source.getValue(name));
            names.add(name);
        }
        assertEquals(names, new TreeSet<>(source.getPropertyNames()));
        assertEquals("code2asin.batch-done.v1", source.getValue("code2asin.topic.batch-done"));
    }
}
