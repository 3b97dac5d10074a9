package io.partnerportal.app;

import io.partnerportal.adapters.persistence.EmbeddedDatabase;
import io.partnerportal.core.application.KeyRevoked;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.operations.NotificationDelivery;
import io.partnerportal.core.operations.PersonalData;
import io.partnerportal.adapters.persistence.PersistentStore;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * The admin commands on the application's jar (SPEC §5.4, §6.4). The words are parsed (by
 * picocli, {@link AdminCommandLine}) before anything is opened, so a wrong command or option
 * prints the usage and exits 2 without touching the database. Commands that create a key print
 * it alone on the last line of standard output; logs go to standard error.
 */
final class AdminCommands {
    /** Most rows {@code emails dead} lists. */
    static final int MAX_LIMIT = 1000;
    /** The top-level usage, as {@code --help} prints it. */
    static final String USAGE = usage(AdminCommandLine.create());

    private AdminCommands() {
    }

    /** What the command words ask for: a command to run, text to print (help, version), or why they are none. */
    sealed interface Parsed {
    }

    /** A well-formed admin command; only running it touches the store. */
    sealed interface Command extends Parsed {
    }

    /** A command on the partners and keys. */
    sealed interface OnAdministration extends Command {
        /** Runs the command, printing what a person reads to {@code out}. */
        void run(Administration administration, PrintStream out);
    }

    /** A command on the outbox. */
    sealed interface OnOutbox extends Command {
        void run(NotificationDelivery delivery, PrintStream out);
    }

    /** A command on a person's personal data. */
    sealed interface OnPersonalData extends Command {
        /** Runs the command, printing what a person reads to {@code out}. */
        void run(PersonalData personalData, PrintStream out);
    }

    /** A command on the embedded database's file itself; it opens what it needs on its own. */
    sealed interface OnEmbeddedDatabase extends Command {
        /** Runs the command; returns the exit code (0 done, 1 refused: one line on {@code err}). */
        int run(PortalConfig config, PrintStream out, PrintStream err);
    }

    /** A command on the schema: it opens the database on its own, for as long as it runs. */
    sealed interface OnSchema extends Command {
        /** Runs the command; returns the exit code (0 done, 1 failed: one line on {@code err}). */
        int run(PortalConfig config, PrintStream out, PrintStream err);
    }

    /** Help or the version, asked for: {@code text} goes to standard output, the exit code is 0. */
    record Printed(String text) implements Parsed {
    }

    /** Words that are no well-formed command: {@code message} goes to standard error, the exit code is 2. */
    record Refused(String message) implements Parsed {
    }

    /** {@code partner create --name NAME --email EMAIL}. */
    record CreatePartner(String name, String email) implements OnAdministration {
        @Override
        public void run(Administration administration, PrintStream out) {
            Administration.PartnerCreated created = administration.createPartner(
                    new Administration.CreatePartner(name, email));
            out.println("Partner " + created.name() + " created with id " + created.partnerId() + ". Its API key:");
            out.println(created.apiKey());
        }
    }

    /** {@code partner list}. */
    record ListPartners() implements OnAdministration {
        @Override
        public void run(Administration administration, PrintStream out) {
            List<Administration.PartnerSummary> partners = administration.listPartners();
            if (partners.isEmpty()) {
                out.println("No partners yet.");
                return;
            }
            out.println(row("ID", "NAME", "CONTACT EMAIL", "CREATED", "ACTIVE KEYS"));
            partners.forEach(p -> out.println(row(p.id(), p.name(), p.contactEmail(), p.createdAt(), p.activeKeys())));
        }
    }

    /** {@code key list --partner ID}. */
    record ListKeys(String partnerId) implements OnAdministration {
        @Override
        public void run(Administration administration, PrintStream out) {
            out.println(row("ID", "KIND", "CREATED", "REVOKED"));
            administration.listKeys(partnerId).forEach(k -> out.println(row(k.id(), k.kind(), k.createdAt(),
                    k.revokedAt() == null ? "-" : k.revokedAt())));
        }
    }

    /** {@code key revoke ID}. */
    record RevokeKey(String id) implements OnAdministration {
        @Override
        public void run(Administration administration, PrintStream out) {
            out.println(revoked("API key", administration.revokeKey(id)));
        }
    }

    /** {@code support-key create}. */
    record CreateSupportKey() implements OnAdministration {
        @Override
        public void run(Administration administration, PrintStream out) {
            String key = administration.createSupportKey();
            out.println("Support key created:");
            out.println(key);
        }
    }

    /** {@code support-key revoke ID}. */
    record RevokeSupportKey(String id) implements OnAdministration {
        @Override
        public void run(Administration administration, PrintStream out) {
            out.println(revoked("Support key", administration.revokeSupportKey(id)));
        }
    }

    /** {@code emails dead [--limit N]}. */
    record DeadEmails(int limit) implements OnOutbox {
        @Override
        public void run(NotificationDelivery delivery, PrintStream out) {
            List<NotificationDelivery.DeadNotification> dead = delivery.dead(limit);
            if (dead.isEmpty()) {
                out.println("No dead emails.");
                return;
            }
            out.println(row("ID", "TYPE", "RECIPIENT", "ATTEMPTS", "DIED AT", "LAST ERROR"));
            dead.forEach(d -> out.println(row(d.id(), d.type(), d.recipient(), d.attempts(), d.diedAt(),
                    d.lastError() == null ? "-" : d.lastError())));
        }
    }

    /** {@code emails requeue ID...}. */
    record RequeueEmails(List<Long> ids) implements OnOutbox {
        @Override
        public void run(NotificationDelivery delivery, PrintStream out) {
            out.println(requeued(delivery.requeue(ids)));
        }
    }

    /** {@code emails requeue --all-dead}. */
    record RequeueAllDead() implements OnOutbox {
        @Override
        public void run(NotificationDelivery delivery, PrintStream out) {
            out.println(requeued(delivery.requeueAllDead()));
        }
    }

    /** {@code person export --email EMAIL}: one JSON document on standard output. */
    record ExportPerson(String email) implements OnPersonalData {
        @Override
        public void run(PersonalData personalData, PrintStream out) {
            out.println(ExportJson.write(personalData.export(email)));
        }
    }

    /** {@code person erase --email EMAIL}. */
    record ErasePerson(String email) implements OnPersonalData {
        @Override
        public void run(PersonalData personalData, PrintStream out) {
            PersonalData.Erasure e = personalData.erase(email);
            out.println("Erased " + email.strip() + "; now known as " + e.pseudonym() + ".");
            out.println("Removed from " + list(e.removedFrom()) + "; kept, pseudonymised, on cancelled "
                    + list(e.keptOn()) + ".");
            out.println("Deleted " + e.sessions() + " sessions, " + e.signInLinks() + " sign-in links and "
                    + e.emailsDeleted() + " unsent emails; pseudonymised " + e.emailsKept() + " sent emails and "
                    + e.historyLines() + " history lines; blanked the message of " + e.requestMessages()
                    + " requests to billing partners.");
        }

        private static String list(List<String> numbers) {
            return numbers.isEmpty() ? "no subscription" : String.join(", ", numbers);
        }
    }

    /** {@code backup --to FILE}: through the running portal's channel, else by opening the database. */
    record Backup(String to) implements OnEmbeddedDatabase {
        @Override
        public int run(PortalConfig config, PrintStream out, PrintStream err) {
            if (!config.embedded()) {
                err.println(POSTGRES_BACKUPS);
                return 1;
            }
            Path target = Path.of(to).toAbsolutePath().normalize();
            Optional<String> answer = AdminChannel.request(config.dataDir().resolve(AdminChannel.SOCKET),
                    "BACKUP " + target);
            if (answer.isPresent()) {
                if (answer.get().startsWith("OK ")) {
                    out.println("Backed up the running portal's database to " + target + " ("
                            + answer.get().substring(3) + " bytes).");
                    return 0;
                }
                err.println(answer.get().replaceFirst("^ERROR ", ""));
                return 1;
            }
            try {
                long bytes = EmbeddedDatabase.of(Main.persistence(config)).backupTo(target);
                out.println("Backed up the database to " + target + " (" + bytes + " bytes).");
                return 0;
            } catch (RuntimeException e) {
                String locked = Main.lockedEmbeddedDatabase(e, config);
                err.println(locked != null ? locked : e.getMessage());
                return 1;
            }
        }
    }

    /** {@code restore --from FILE}: only into a data directory with no database, the portal stopped. */
    record Restore(String from) implements OnEmbeddedDatabase {
        @Override
        public int run(PortalConfig config, PrintStream out, PrintStream err) {
            if (!config.embedded()) {
                err.println(POSTGRES_BACKUPS);
                return 1;
            }
            Path source = Path.of(from).toAbsolutePath().normalize();
            try {
                EmbeddedDatabase database = EmbeddedDatabase.of(Main.persistence(config));
                database.restoreFrom(source);
                out.println("Restored " + source + " into " + database.file().getParent() + "; start the portal.");
                return 0;
            } catch (RuntimeException e) {
                String locked = Main.lockedEmbeddedDatabase(e, config);
                err.println(locked != null ? locked : e.getMessage());
                return 1;
            }
        }
    }

    /** {@code migrate}: the schema's migrations, alone (O2), with whatever credentials the configuration names. */
    record Migrate() implements OnSchema {
        @Override
        public int run(PortalConfig config, PrintStream out, PrintStream err) {
            try {
                PersistentStore.Migration m = PersistentStore.migrate(Main.persistence(config));
                if (m.applied() == 0) {
                    out.println("The schema is at version " + m.to() + " already: nothing to migrate.");
                } else {
                    out.println("Migrated the schema from " + (m.from() == null ? "an empty database"
                            : "version " + m.from()) + " to version " + m.to() + " (" + m.applied()
                            + (m.applied() == 1 ? " migration)." : " migrations)."));
                }
                return 0;
            } catch (RuntimeException e) {
                String locked = Main.lockedEmbeddedDatabase(e, config);
                err.println(locked != null ? locked : "The schema could not be migrated: " + e.getMessage());
                return 1;
            }
        }
    }

    static final String POSTGRES_BACKUPS = "backup and restore are for the embedded database; on PostgreSQL use its"
            + " own tools (pg_dump, pg_restore).";

    private static String requeued(int n) {
        return n == 0 ? "No dead emails to requeue."
                : "Requeued " + n + (n == 1 ? " email" : " emails") + "; the portal's delivery loop sends "
                + (n == 1 ? "it" : "them") + " again.";
    }

    private static String revoked(String what, KeyRevoked r) {
        return r.now() ? what + " " + r.keyId() + " revoked."
                : what + " " + r.keyId() + " was already revoked at " + r.revokedAt() + ".";
    }

    /** One tab-separated line; tabs and line breaks inside a value become spaces. */
    private static String row(Object... cells) {
        StringBuilder sb = new StringBuilder();
        for (Object cell : cells) {
            if (sb.length() > 0) {
                sb.append('\t');
            }
            sb.append(String.valueOf(cell instanceof Instant i ? i.toString() : cell).replaceAll("[\\t\\r\\n]", " "));
        }
        return sb.toString();
    }

    /** Parses non-empty command words (without {@code --config FILE}). */
    static Parsed parse(List<String> words) {
        CommandLine cl = AdminCommandLine.create();
        StringWriter printed = new StringWriter();
        cl.setOut(new PrintWriter(printed, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        ParseResult result;
        try {
            result = cl.parseArgs(words.toArray(String[]::new));
            if (CommandLine.printHelpIfRequested(result)) {
                return new Printed(printed.toString());
            }
        } catch (CommandLine.MissingParameterException e) {
            return new Refused(AdminCommandLine.needs(e.getCommandLine().getCommandSpec()));
        } catch (CommandLine.UnmatchedArgumentException e) {
            List<String> unmatched = e.getUnmatched();
            boolean unknownWord = !unmatched.isEmpty() && !unmatched.get(0).startsWith("-")
                    && !e.getCommandLine().getSubcommands().isEmpty();
            if (unknownWord) {
                return new Refused("Unknown command: " + String.join(" ", words) + "\n" + USAGE);
            }
            return refused(e.getCommandLine(), e.getMessage());
        } catch (CommandLine.ParameterException e) {
            return refused(e.getCommandLine(), e.getMessage());
        }
        ParseResult leaf = result;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        Object command = leaf.commandSpec().userObject();
        if (command instanceof AdminCommandLine.Leaf l) {
            return l.command(leaf.commandSpec().commandLine());
        }
        return new Refused(AdminCommandLine.needs(leaf.commandSpec()) + "\n" + usage(leaf.commandSpec().commandLine()));
    }

    /** A refusal: the message, then the usage of the command it is about. */
    static Refused refused(CommandLine command, String message) {
        return new Refused(message + "\n" + usage(command));
    }

    private static String usage(CommandLine command) {
        return command.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing();
    }
}
