import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Declares the suite's topics on the local broker, as the Strimzi KafkaTopic resources do in Kubernetes, so that no
 * consumer or test ever meets a topic that is still being auto-created. Run by deploy/local/infra.sh as a
 * single-file program on the broker's own classpath:
 * {@code java -cp 'lib/*' CreateTopics.java BOOTSTRAP PARTITIONS TOPIC...}. Existing topics are left as they are.
 */
public class CreateTopics {

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int partitions = Integer.parseInt(args[1]);
        List<String> wanted = List.of(args).subList(2, args.length);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            }
            // wait until the broker serves metadata for every topic, not only until the controller accepted them
            admin.describeTopics(wanted).allTopicNames().get(60, TimeUnit.SECONDS);
            System.out.println("topics ready: " + wanted.size() + " (" + missing.size() + " created)");
        }
    }
}
