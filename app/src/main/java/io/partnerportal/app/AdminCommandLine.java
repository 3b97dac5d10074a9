package io.partnerportal.app;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The admin commands' grammar (SPEC §5.4, §6.4) for picocli: each leaf turns its words into one of
 * {@link AdminCommands}' commands, which only then may open the store.
 */
final class AdminCommandLine {
    static final String COMMAND_LIST = String.join("\n",
            "Commands:",
            "  partner create --name NAME --email EMAIL   create a billing partner; prints its API key",
            "  partner list                               list the billing partners",
            "  key list --partner ID                      list a partner's API keys (never their secrets)",
            "  key revoke ID                              revoke a partner's API key (never its last active one)",
            "  support-key create                         create a vendor support key; prints it",
            "  support-key revoke ID                      revoke a vendor support key",
            "  emails dead [--limit N]                    list the emails that gave up, newest first",
            "  emails requeue ID...|--all-dead            send dead emails again, with a fresh run of retries",
            "  person export --email EMAIL                print everything held about a person, as JSON",
            "  person erase --email EMAIL                 erase a person: removed everywhere, pseudonymised in what"
                    + " stays",
            "  backup --to FILE                           copy the embedded database into a new file, also while"
                    + " the portal runs",
            "  restore --from FILE                        bring a backup back into an empty data directory",
            "  migrate                                    apply the database schema's migrations, then exit",
            "  help COMMAND                               show how to use a command") + "\n";

    /** How operators run the jar: the top command's name in every usage. */
    static final String NAME = "java -jar partner-portal.jar";

    private AdminCommandLine() {
    }

    /** {@code -h}/{@code --help} on every command below the top one. */
    static final class HelpOption {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
        boolean help;
    }

    /** A command line that parses without printing anything; each call gets a fresh one. */
    static CommandLine create() {
        CommandLine cl = new CommandLine(new Portal());
        cl.setExpandAtFiles(false);
        cl.setOverwrittenOptionsAllowed(false);
        cl.setUnmatchedArgumentsAllowed(false);
        cl.setAbbreviatedSubcommandsAllowed(false);
        cl.setAbbreviatedOptionsAllowed(false);
        cl.getHelpSectionMap().remove(UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING);
        cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> COMMAND_LIST);
        return cl;
    }

    /** What a command that has subcommands needs, or a leaf's required options and parameters: "partner create needs --name NAME and --email EMAIL". */
    static String needs(CommandSpec spec) {
        String path = spec.qualifiedName(" ").substring(NAME.length() + 1);
        if (!spec.subcommands().isEmpty()) {
            List<String> names = new ArrayList<>();
            spec.subcommands().forEach((name, sub) -> {
                if (!sub.getCommandSpec().helpCommand()) {
                    names.add(name);
                }
            });
            return path + " needs a command: " + String.join(", ", names);
        }
        List<String> required = new ArrayList<>();
        for (ArgSpec arg : spec.args()) {
            if (arg.isOption() && arg.required()) {
                OptionSpec o = (OptionSpec) arg;
                required.add(o.longestName() + (o.arity().max() > 0 ? " " + o.paramLabel() : ""));
            } else if (arg.isPositional() && arg.arity().min() > 0) {
                required.add(arg.paramLabel());
            }
        }
        return path + " needs " + String.join(" and ", required);
    }

    /** A leaf command: its parsed words as a command, or why they are none. */
    interface Leaf {
        AdminCommands.Parsed command(CommandLine self);
    }

    /** The project's version and commit, from a resource the build fills in. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {BuildInfo.read().line()};
        }
    }

    @Command(name = NAME, mixinStandardHelpOptions = true, versionProvider = Version.class,
            customSynopsis = NAME + " [--config FILE] [COMMAND]",
            description = {"", "Without a command the portal starts (http://localhost:7070 by default).", ""},
            footer = {"", "Configuration: the PORTAL_* environment variables, or the same keys in the --config file.",
                    "A key printed is shown once; only its hash is stored."},
            subcommands = {PartnerCommands.class, KeyCommands.class, SupportKeyCommands.class, EmailCommands.class,
                    PersonCommands.class, BackupCommand.class, RestoreCommand.class, MigrateCommand.class,
                    CommandLine.HelpCommand.class})
    static final class Portal {
        @Option(names = "--config", paramLabel = "FILE", description = "a properties file with PORTAL_* keys;"
                + " the environment wins over it")
        String config;
    }

    @Command(name = "partner", description = "Billing partners.",
            subcommands = {PartnerCreate.class, PartnerList.class})
    static final class PartnerCommands {
        @Mixin
        HelpOption help;
    }

    @Command(name = "create",
            description = "Create a billing partner; prints its API key alone on the last line.")
    static final class PartnerCreate implements Leaf {
        @Mixin
        HelpOption help;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "the partner's name")
        String name;
        @Option(names = "--email", required = true, paramLabel = "EMAIL",
                description = "the partner's contact, shown to customers under Key contacts")
        String email;

        @Override
        public AdminCommands.Parsed command(CommandLine self) {
            return new AdminCommands.CreatePartner(name, email);
        }
    }

    @Command(name = "list",
            description = "List the billing partners by name: id, name, contact email, created, active keys.")
    static final class PartnerList implements Leaf {
        @Mixin
        HelpOption help;

        @Override
        public AdminCommands.Parsed command(CommandLine self) {
            return new AdminCommands.ListPartners();
        }
    }

    @Command(name = "key", description = "Partners' API keys.",
            subcommands = {KeyList.class, KeyRevoke.class})
    static final class KeyCommands {
        @Mixin
        HelpOption help;
    }

    @Command(name = "list",
            description = "List a partner's API keys, oldest first: id, created, revoked (never a secret).")
    static final class KeyList implements Leaf {
        @Mixin
        HelpOption help;

        @Option(names = "--partner", required = true, paramLabel = "ID", description = "the partner's id")
        String partner;

        @Override
        public AdminCommands.Parsed command(CommandLine self) {
            return new AdminCommands.ListKeys(partner);
        }
    }

    @Command(name = "revoke",
            description = {"Revoke a partner's API key: it answers 401 at once, on every instance.",
                    "Refused for the partner's last active key."})
    static final class KeyRevoke implements Leaf {
        @Mixin
        HelpOption help;

        @Parameters(paramLabel = "ID", arity = "1", description = "the key's id (the part between psp_ and the next _)")
        String id;

        @Override
        public AdminCommands.Parsed command(CommandLine self) {
            return new AdminCommands.RevokeKey(id);
        }
    }

    @Command(name = "support-key", description = "Vendor support keys.",
            subcommands = {SupportKeyCreate.class, SupportKeyRevoke.class})
    static final class SupportKeyCommands {
        @Mixin
        HelpOption help;
    }

    @Command(name = "create",
            description = "Create a vendor support key; prints it alone on the last line.")
    static final class SupportKeyCreate implements Leaf {
        @Mixin
        HelpOption help;

        @Override
        public AdminCommands.Parsed command(CommandLine self) {
            return new AdminCommands.CreateSupportKey();
        }
    }

    @Command(name = "revoke",
            description = "Revoke a vendor support key: it answers 401 at once, on every instance.")
    static final class SupportKeyRevoke implements Leaf {
        @Mixin
        HelpOption help;

        @Parameters(paramLabel = "ID", arity = "1", description = "the key's id (the part between psp_ and the next _)")
        String id;

        @Override
        public AdminCommands.Parsed command(CommandLine self) {
            return new AdminCommands.RevokeSupportKey(id);
        }
    }

    @Command(name = "emails", description = "The outbox's emails.",
            subcommands = {EmailsDead.class, EmailsRequeue.class})
    static final class EmailCommands {
        @Mixin
        HelpOption help;
    }

    @Command(name = "dead",
            description = "List the emails that gave up, newest first: id, type, recipient, attempts, when, last error.")
    static final class EmailsDead implements Leaf {
        @Mixin
        HelpOption help;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
                description = "at most N emails, 1 to 1000 (default: ${DEFAULT-VALUE})")
        int limit;

        @Override
        public AdminCommands.Parsed command(CommandLine self) {
            if (limit < 1 || limit > AdminCommands.MAX_LIMIT) {
                return AdminCommands.refused(self, "--limit must be a whole number from 1 to " + AdminCommands.MAX_LIMIT
                        + " (got " + limit + ")");
            }
            return new AdminCommands.DeadEmails(limit);
        }
    }

    @Command(name = "requeue",
            description = {"Send dead emails again, with a fresh run of retries: the ones named, or all of them.",
                    "Nothing changes when an id names no dead email."})
    static final class EmailsRequeue implements Leaf {
        @Mixin
        HelpOption help;

        @Parameters(paramLabel = "ID", arity = "0..*", description = "the ids of dead emails (see emails dead)")
        List<Long> ids = new ArrayList<>();
        @Option(names = "--all-dead", description = "every dead email")
        boolean allDead;

        @Override
        public AdminCommands.Parsed command(CommandLine self) {
            if (ids.isEmpty() && !allDead) {
                return new AdminCommands.Refused("emails requeue needs ID... or --all-dead");
            }
            if (!ids.isEmpty() && allDead) {
                return AdminCommands.refused(self, "emails requeue takes IDs or --all-dead, not both");
            }
            return allDead ? new AdminCommands.RequeueAllDead() : new AdminCommands.RequeueEmails(List.copyOf(ids));
        }
    }

    @Command(name = "person", description = "A person's personal data, on their request (GDPR, APPI).",
            subcommands = {PersonExport.class, PersonErase.class})
    static final class PersonCommands {
        @Mixin
        HelpOption help;
    }

    @Command(name = "export", description = {"Print everything held about a person as one JSON document: profile,"
            + " subscriptions", "they are a contact of, history naming them, emails, sessions and sign-in links."})
    static final class PersonExport implements Leaf {
        @Mixin
        HelpOption help;

        @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "the person's email")
        String email;

        @Override
        public AdminCommands.Parsed command(CommandLine self) {
            return new AdminCommands.ExportPerson(email);
        }
    }

    @Command(name = "erase", description = {"Erase a person: removed from every subscription (recorded as vendor"
            + " support),", "sessions, sign-in links and unsent emails deleted, email and name replaced by a pseudonym"
            + " in", "the history and the emails kept; they can no longer sign in. Refused, changing nothing, when they"
            + " are", "the last contact or the last manager of a subscription that is not cancelled."})
    static final class PersonErase implements Leaf {
        @Mixin
        HelpOption help;

        @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "the person's email")
        String email;

        @Override
        public AdminCommands.Parsed command(CommandLine self) {
            return new AdminCommands.ErasePerson(email);
        }
    }

    @Command(name = "backup", description = {"Copy the embedded database into a new zip file, consistent, also while"
            + " the portal runs.", "On PostgreSQL use pg_dump."})
    static final class BackupCommand implements Leaf {
        @Mixin
        HelpOption help;

        @Option(names = "--to", required = true, paramLabel = "FILE", description = "the new file (never overwritten)")
        String to;

        @Override
        public AdminCommands.Parsed command(CommandLine self) {
            return new AdminCommands.Backup(to);
        }
    }

    @Command(name = "restore", description = {"Bring a backup back into the data directory, with the portal stopped;"
            + " never over an existing database.", "On PostgreSQL use pg_restore or psql."})
    static final class RestoreCommand implements Leaf {
        @Mixin
        HelpOption help;

        @Option(names = "--from", required = true, paramLabel = "FILE", description = "a file made by backup")
        String from;

        @Override
        public AdminCommands.Parsed command(CommandLine self) {
            return new AdminCommands.Restore(from);
        }
    }

    @Command(name = "migrate", description = {"Apply the database schema's migrations, then exit: with"
            + " PORTAL_MIGRATE_ON_START=false", "the portal leaves them to this command, which may run with a"
            + " database user that owns the schema.", "Every migration keeps the previous release working, so"
            + " this runs while it serves."})
    static final class MigrateCommand implements Leaf {
        @Mixin
        HelpOption help;

        @Override
        public AdminCommands.Parsed command(CommandLine self) {
            return new AdminCommands.Migrate();
        }
    }
}
