package it.lombardia.codesign.live;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LiveBusConfig {

    @Bean(destroyMethod = "")
    LiveBus liveBus(@Value("${codesign.live.node-id:}") String nodeId) {
        return new LocalLiveBus(nodeId(nodeId));
    }

    static String nodeId(String configured) {
        return configured == null || configured.isBlank() ? UUID.randomUUID().toString().substring(0, 8) : configured;
    }
}
