package io.throughline.issuer;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo organisation of API.md: in organisation {@code demo}, each name both a client of the
 * client-credentials grant (secret {@code demo-secret}) and a person for the sign-in form (password
 * {@code demo}).
 */
final class DemoIdentities {

    static final String ORG = "demo";
    static final String PASSWORD = "demo";
    static final String SECRET = "demo-secret";

    private DemoIdentities() {}

    static List<Account> accounts() {
        List<Account> accounts = new ArrayList<>();
        accounts.add(account("demo-admin", Role.ORG_ADMIN));
        accounts.add(account("demo-supervisor", Role.SUPERVISOR));
        for (int i = 1; i <= 3; i++) {
            accounts.add(account("coach-" + i, Role.COACH));
        }
        for (int i = 1; i <= 6; i++) {
            accounts.add(account("coachee-" + i, Role.CLIENT));
        }
        return List.copyOf(accounts);
    }

    private static Account account(String name, Role role) {
        return new Account(new Identity(name, ORG, List.of(role), null, null), PASSWORD, SECRET);
    }
}
