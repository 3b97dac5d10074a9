package io.partnerportal.adapters.mail;

import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.port.out.SentMailArchive;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.mail2.core.EmailException;
import org.apache.commons.mail2.jakarta.util.MimeMessageParser;

/**
 * Writes each email as an RFC 5322 {@code .eml} file - the same MIME message SMTP would carry -
 * and reads the directory back as the developer mailbox.
 *
 * <p>A file is written under a temporary name and then moved into place, so a reader never sees
 * half an email. Its name is {@code <15-digit stamp>-<message id>.eml}: the stamp is the time in
 * milliseconds, strictly increasing within one sender, so sorting names backwards lists the
 * newest first, and the name without {@code .eml} is the archive id (letters, digits, '-', '_'
 * and '.': safe in a URL). Listing reads names only and parses just the emails it returns.
 * Files are canonical (every line ends in CRLF) and, being made as temporary files, readable by
 * their owner only ({@code 0600}), in a directory that is its owner's alone ({@code 0700}, created so
 * or made so before the first email is written, S3): a sign-in link is a secret. The archive gives the
 * text with {@code \n} line ends.
 */
final class FileNotificationSender implements FileMailbox {
    private static final String SUFFIX = ".eml";
    /** {@code <15-digit stamp>-<message id>}: the name of a file without {@code .eml}. */
    private static final Pattern ID = Pattern.compile("\\d{15}-" + MimeComposer.LOCAL_PART.pattern());
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path directory;
    private final MimeComposer composer;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());
    private final AtomicLong lastStamp = new AtomicLong();
    private volatile boolean directoryOwned;

    FileNotificationSender(Path directory, MailSettings settings, Clock clock) {
        this.directory = directory;
        this.composer = new MimeComposer(settings, clock);
        this.clock = clock;
    }

    /** The subject the email is sent with, for the email log (SPEC §6.3). */
    @Override
    public String subject(NotificationContent content) {
        return composer.subject(content);
    }

    @Override
    public Result send(Outgoing outgoing) {
        MimeMessage message;
        try {
            message = composer.compose(outgoing, session).getMimeMessage();
            message.saveChanges();
        } catch (EmailException | MessagingException | IllegalArgumentException refused) {
            return new Result.PermanentFailure("cannot build the email: " + SmtpFailures.reason(refused, null));
        }
        long stamp = lastStamp.updateAndGet(last -> Math.max(last + 1, clock.millis()));
        Path target = directory.resolve(String.format("%015d-%s%s", stamp, outgoing.messageId(), SUFFIX));
        try {
            ownDirectory();
            Path temp = Files.createTempFile(directory, ".writing-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    message.writeTo(out);
                }
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            return new Result.Sent();
        } catch (IOException | MessagingException failure) {
            return new Result.TemporaryFailure("cannot write " + target.getFileName() + ": "
                    + SmtpFailures.reason(failure, null));
        }
    }

    /** The mail directory, its owner's alone: created {@code 0700}, or made so once if it was there before. */
    private void ownDirectory() throws IOException {
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(directory)) {
            if (posix) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createDirectories(directory);
            }
            directoryOwned = true;
        } else if (!directoryOwned) {
            if (posix) {
                Files.setPosixFilePermissions(directory, OWNER_ONLY);
            }
            directoryOwned = true;
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public List<ArchivedMail> recent(int limit) {
        if (limit <= 0 || !Files.isDirectory(directory)) {
            return List.of();
        }
        // the newest names, keeping at most limit of them in memory
        PriorityQueue<String> newest = new PriorityQueue<>(Comparator.naturalOrder());
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path p : files) {
                String id = idOf(p.getFileName().toString());
                if (id != null) {
                    newest.add(id);
                    if (newest.size() > limit) {
                        newest.poll();
                    }
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(newest);
        ids.sort(Comparator.reverseOrder());
        List<ArchivedMail> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            read(id).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public Optional<ArchivedMail> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return read(id);
    }

    private static String idOf(String fileName) {
        if (!fileName.endsWith(SUFFIX)) {
            return null;
        }
        String id = fileName.substring(0, fileName.length() - SUFFIX.length());
        return ID.matcher(id).matches() ? id : null;
    }

    /** The email stored under {@code id}; empty when it is gone or is not one of ours. */
    private Optional<ArchivedMail> read(String id) {
        Path file = directory.resolve(id + SUFFIX);
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage m = new MimeMessage(session, in);
            MimeMessageParser parsed = new MimeMessageParser(m).parse();
            String type = m.getHeader(MimeComposer.TYPE_HEADER, null);
            String messageId = m.getMessageID();
            if (type == null || messageId == null || m.getSentDate() == null) {
                return Optional.empty();
            }
            String text = parsed.hasPlainContent() ? parsed.getPlainContent().replace("\r\n", "\n") : "";
            return Optional.of(new ArchivedMail(id, localPart(messageId), recipient(m), m.getSubject(),
                    NotificationType.valueOf(type.strip()), m.getSentDate().toInstant(), text, links(text)));
        } catch (IOException | MessagingException | IllegalArgumentException unreadable) {
            // gone meanwhile, or not an email this sender wrote: the mailbox shows the others
            return Optional.empty();
        }
    }

    private static String recipient(MimeMessage m) throws MessagingException {
        var to = m.getRecipients(Message.RecipientType.TO);
        if (to == null || to.length == 0) {
            return "";
        }
        return to[0] instanceof InternetAddress ia ? ia.getAddress() : to[0].toString();
    }

    /** {@code <notification-1-1000@portal.example>} → {@code notification-1-1000}. */
    private static String localPart(String header) {
        String id = header.strip();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1);
        }
        int at = id.lastIndexOf('@');
        return at < 0 ? id : id.substring(0, at);
    }

    /** The URLs in the text, in order, without trailing punctuation. */
    static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String url = m.group();
            while (!url.isEmpty() && ".,;:!?)]>'\"".indexOf(url.charAt(url.length() - 1)) >= 0) {
                url = url.substring(0, url.length() - 1);
            }
            links.add(url);
        }
        return links;
    }
}
