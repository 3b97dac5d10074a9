package io.partnerportal.app;

import io.partnerportal.core.port.in.Administration;
import java.io.PrintStream;
import java.util.List;

/**
 * The admin commands on the application's jar (SPEC §5.4). The words are parsed before anything
 * is opened, so a mistyped command prints its usage without touching the database. Each command
 * prints the new key alone on the last line of standard output; logs go to standard error.
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

    /** What the command words ask for: a command to run, or why they are none. */
    sealed interface Parsed permits Command, Refused {
    }

    /** A well-formed admin command; only running it touches the store. */
    sealed interface Command extends Parsed permits CreatePartner, CreateSupportKey {
        /** Runs the command; the new key goes alone on the last line of {@code out}. */
        void run(Administration administration, PrintStream out);
    }

    /** {@code partner create --name NAME --email EMAIL}. */
    record CreatePartner(String name, String email) implements Command {
        @Override
        public void run(Administration administration, PrintStream out) {
            Administration.PartnerCreated created = administration.createPartner(
                    new Administration.CreatePartner(name, email));
            out.println("Partner " + created.name() + " created with id " + created.partnerId() + ". Its API key:");
            out.println(created.apiKey());
        }
    }

    /** {@code support-key create}. */
    record CreateSupportKey() implements Command {
        @Override
        public void run(Administration administration, PrintStream out) {
            String key = administration.createSupportKey();
            out.println("Support key created:");
            out.println(key);
        }
    }

    /** Words that are no well-formed command: {@code message} goes to standard error, the exit code is 2. */
    record Refused(String message) implements Parsed {
    }

    /** Parses non-empty command words (without {@code --config FILE}). */
    static Parsed parse(List<String> words) {
        if (words.size() >= 2 && words.get(0).equals("partner") && words.get(1).equals("create")) {
            String name = option(words, "--name");
            String email = option(words, "--email");
            if (name == null || email == null || words.size() != 6) {
                return new Refused("partner create needs --name NAME and --email EMAIL");
            }
            return new CreatePartner(name, email);
        }
        if (words.equals(List.of("support-key", "create"))) {
            return new CreateSupportKey();
        }
        return new Refused("Unknown command: " + String.join(" ", words) + "\n" + USAGE);
    }

    private static String option(List<String> words, String name) {
        int i = words.indexOf(name);
        return i >= 0 && i + 1 < words.size() ? words.get(i + 1) : null;
    }
}
