package it.lombardia.codesign.identity;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo accounts that the demo data migration creates; the login page lists them. Present only
 * with the demo profile, so a production login page never shows them.
 */
@Component
@Profile("demo")
public class DemoAccounts {

    public static final String PASSWORD = "demo";

    public record DemoAccount(String username, Role role, List<String> clusterCodes) {
    }

    public List<DemoAccount> all() {
        return List.of(
                new DemoAccount("admin", Role.ADMIN, List.of()),
                new DemoAccount("reviewer", Role.REVIEWER, List.of()),
                new DemoAccount("afil.rep", Role.REPRESENTATIVE, List.of("AFIL")),
                new DemoAccount("le2c.rep", Role.REPRESENTATIVE, List.of("LE2C")),
                new DemoAccount("mobility.rep", Role.REPRESENTATIVE, List.of("CLM", "LAC")),
                new DemoAccount("lifesciences.rep", Role.REPRESENTATIVE, List.of("LSC")),
                new DemoAccount("wg.member", Role.WG_MEMBER, List.of("SCC")),
                new DemoAccount("observer", Role.OBSERVER, List.of()));
    }
}
