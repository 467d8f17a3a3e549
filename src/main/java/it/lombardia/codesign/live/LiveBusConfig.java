package it.lombardia.codesign.live;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chooses the bus: {@code codesign.live.bus} = {@code auto} (PostgreSQL's LISTEN/NOTIFY when the
 * datasource is PostgreSQL, in-process otherwise), {@code local} or {@code postgres}. The node's
 * name comes from {@code codesign.live.node-id}, random when not set.
 */
@Configuration(proxyBeanMethods = false)
class LiveBusConfig {

    private static final Logger log = LoggerFactory.getLogger(LiveBusConfig.class);

    @Bean(destroyMethod = "stop")
    LiveBus liveBus(@Value("${codesign.live.bus:auto}") String kind,
                    @Value("${codesign.live.node-id:}") String nodeId,
                    @Value("${spring.datasource.url:}") String url,
                    @Value("${spring.datasource.username:}") String username,
                    @Value("${spring.datasource.password:}") String password,
                    @Value("${codesign.live.poll-timeout:PT0.5S}") Duration pollTimeout,
                    @Value("${codesign.live.max-reconnect-pause:PT30S}") Duration maxReconnectPause,
                    org.springframework.beans.factory.ObjectProvider<JdbcTemplate> jdbc,
                    org.springframework.beans.factory.ObjectProvider<JsonMapper> json) {
        String node = nodeId(nodeId);
        if (!usesPostgres(kind, url)) {
            log.info("Live bus of node {}: in-process (one node)", node);
            return new LocalLiveBus(node);
        }
        log.info("Live bus of node {}: PostgreSQL LISTEN/NOTIFY", node);
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "codesign-live-" + node);
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "10");
        return new PostgresLiveBus(node, () -> DriverManager.getConnection(url, properties), jdbc.getObject(),
                json.getIfAvailable(() -> JsonMapper.builder().build()),
                pollTimeout, Duration.ofMillis(250), maxReconnectPause).start();
    }

    static boolean usesPostgres(String kind, String url) {
        return switch (kind == null ? "auto" : kind.trim().toLowerCase(Locale.ROOT)) {
            case "", "auto" -> url != null && url.startsWith("jdbc:postgresql:");
            case "local" -> false;
            case "postgres", "postgresql" -> true;
            default -> throw new IllegalStateException(
                    "codesign.live.bus must be auto, local or postgres, not '" + kind + "'");
        };
    }

    static String nodeId(String configured) {
        return configured == null || configured.isBlank() ? UUID.randomUUID().toString().substring(0, 8) : configured;
    }
}
