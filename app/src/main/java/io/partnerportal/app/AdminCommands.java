package io.partnerportal.app;

import io.partnerportal.core.port.in.Administration;
import java.io.PrintStream;
import java.util.List;

/**
 * The admin commands on the application's jar (SPEC §5.4). Each prints the new key alone on the
 * last line of standard output; logs go to standard error.
 */
final class AdminCommands {
    static final String USAGE = String.join("\n",
            "Usage: java -jar partner-portal.jar [--config FILE] [COMMAND]",
            "",
            "Without a command the portal starts (http://localhost:7070 by default).",
            "",
            "Commands:",
            "  partner create --name NAME --email EMAIL   create a billing partner; prints its API key",
            "  support-key create                         create a vendor support key; prints it",
            "  --help                                     show this help",
            "",
            "Configuration: the PORTAL_* environment variables, or the same keys in the --config file.",
            "The key printed is shown once; only its hash is stored.");

    private AdminCommands() {
    }

    /** Whether {@code words} name an admin command. */
    static boolean isCommand(List<String> words) {
        return !words.isEmpty();
    }

    /** Runs the command; returns the process exit code. */
    static int run(List<String> words, Administration administration, PrintStream out, PrintStream err) {
        if (words.size() >= 2 && words.get(0).equals("partner") && words.get(1).equals("create")) {
            String name = option(words, "--name");
            String email = option(words, "--email");
            if (name == null || email == null || words.size() != 6) {
                err.println("partner create needs --name NAME and --email EMAIL");
                return 2;
            }
            Administration.PartnerCreated created = administration.createPartner(
                    new Administration.CreatePartner(name, email));
            out.println("Partner " + created.name() + " created with id " + created.partnerId() + ". Its API key:");
            out.println(created.apiKey());
            return 0;
        }
        if (words.equals(List.of("support-key", "create"))) {
            String key = administration.createSupportKey();
            out.println("Support key created:");
            out.println(key);
            return 0;
        }
        err.println("Unknown command: " + String.join(" ", words));
        err.println(USAGE);
        return 2;
    }

    private static String option(List<String> words, String name) {
        int i = words.indexOf(name);
        return i >= 0 && i + 1 < words.size() ? words.get(i + 1) : null;
    }
}
