package com.code2asin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.model.Topics;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests agree with the code: each service's Deployment runs the image deploy/docker/build-images.sh
 * tags (code2asin/&lt;service&gt;:&lt;project version&gt;), and every topic the code names is a KafkaTopic.
 */
class DeployManifestsTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> SERVICES = List.of("job-api", "lookup-worker", "image-fetcher", "export-service");

    @Test
    void eachDeploymentRunsTheImageTheBuildTags() throws IOException {
        Matcher version = Pattern.compile("(?m)^  <version>(.+)</version>").matcher(read("pom.xml"));
        assertTrue(version.find());
        String tag = version.group(1).replace("-SNAPSHOT", "");
        for (String service : SERVICES) {
            List<String> images = Pattern.compile("image: (\\S+)").matcher(read("deploy/k8s/" + service + ".yaml"))
                    .results().map(m -> m.group(1)).toList();
            assertEquals(List.of("code2asin/" + service + ":" + tag), images, service);
        }
    }

    @Test
    void everyTopicOfTheCodeIsAKafkaTopic() throws Exception {
        Set<String> declared = Pattern.compile("topicName: (\\S+)").matcher(read("deploy/k8s/topics.yaml")).results()
                .map(m -> m.group(1)).collect(Collectors.toSet());
        Set<String> inCode = Stream.of(Topics.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(DeployManifestsTest::value).filter(v -> v.startsWith("code2asin.")).collect(Collectors.toSet());
        assertTrue(inCode.size() >= 10, inCode::toString);
        for (String topic : inCode) {
            assertTrue(declared.contains(topic), topic + " is not a KafkaTopic in deploy/k8s/topics.yaml");
            assertTrue(declared.contains(topic + Topics.DLQ_SUFFIX) || !needsDeadLetters(topic),
                    topic + "'s dead-letter topic is not in deploy/k8s/topics.yaml");
        }
    }

    /** The topics a service consumes with a dead-letter queue: their .dlq topic must exist too. */
    private static boolean needsDeadLetters(String topic) throws IOException {
        for (String service : SERVICES) {
            String properties = Files.readString(ROOT.resolve(service + "/src/main/resources/application.properties"));
            if (properties.contains("dead-letter-queue.topic=" + topic + Topics.DLQ_SUFFIX)) {
                return true;
            }
        }
        return false;
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path));
    }
}
