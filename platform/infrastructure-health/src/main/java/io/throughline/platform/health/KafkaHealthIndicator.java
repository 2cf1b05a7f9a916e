package io.throughline.platform.health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Up when the cluster describes itself within the timeout: its id and how many brokers it has. */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final Admin admin;
    private final Duration timeout;

    public KafkaHealthIndicator(Map<String, Object> adminConfig, Duration timeout) {
        super("Kafka health check failed");
        this.admin = Admin.create(adminConfig);
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        DescribeClusterResult cluster =
                admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
        String clusterId = cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        int brokers =
                cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
        builder.up().withDetail("clusterId", clusterId).withDetail("brokers", brokers);
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(1));
    }
}
