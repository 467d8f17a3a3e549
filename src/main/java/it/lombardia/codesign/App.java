package it.lombardia.codesign;

import it.lombardia.codesign.shared.Lombardy;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class App {

    public static void main(String[] args) {
        SpringApplication.run(App.class, args);
    }

    /**
     * The app's clock reads dates in Lombardy: a phase that ends on a day ends at midnight in Italy,
     * also on a server that runs in UTC. Instants do not depend on it.
     */
    @Bean
    Clock clock() {
        return Clock.system(Lombardy.ZONE);
    }
}
