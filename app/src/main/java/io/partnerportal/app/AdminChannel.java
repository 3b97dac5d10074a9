package io.partnerportal.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the {@code backup} command reaches the running portal on the embedded database, which holds
 * the database file: a Unix domain socket in the data directory ({@code admin.sock}), readable and
 * writable by its owner only, so whoever may use it may read the database file anyway. No network
 * port, no HTTP route. One request line, {@code BACKUP <absolute path>}; one answer line,
 * {@code OK <bytes>} or {@code ERROR <message>}.
 */
final class AdminChannel implements AutoCloseable {
    static final String SOCKET = "admin.sock";
    private static final Logger LOG = LoggerFactory.getLogger(AdminChannel.class);
    private static final int MAX_LINE = 8192;

    private final ServerSocketChannel server;
    private final Path socket;
    private final ToLongFunction<Path> backup;

    private AdminChannel(ServerSocketChannel server, Path socket, ToLongFunction<Path> backup) {
        this.server = server;
        this.socket = socket;
        this.backup = backup;
    }

    /**
     * Listens at {@code socket}. The caller holds the database, so a socket file left there is a
     * dead portal's and is replaced.
     */
    static AdminChannel open(Path socket, ToLongFunction<Path> backup) throws IOException {
        Files.createDirectories(socket.getParent());
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
            try {
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.debug("The file system keeps no POSIX permissions for {}", socket);
            }
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        AdminChannel channel = new AdminChannel(server, socket, backup);
        Thread acceptor = new Thread(channel::accept, "portal-admin-channel");
        acceptor.setDaemon(true);
        acceptor.start();
        return channel;
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                Thread t = new Thread(() -> serve(client), "portal-admin-request");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(SocketChannel client) {
        try (client) {
            String request = readLine(client);
            String answer;
            if (request != null && request.startsWith("BACKUP ")) {
                try {
                    Path target = Path.of(request.substring("BACKUP ".length()));
                    long bytes = backup.applyAsLong(target);
                    LOG.info("Backed up the database to {} ({} bytes)", target, bytes);
                    answer = "OK " + bytes;
                } catch (RuntimeException e) {
                    answer = "ERROR " + String.valueOf(e.getMessage()).replaceAll("[\\r\\n]+", " ");
                }
            } else {
                answer = "ERROR unknown request";
            }
            client.write(ByteBuffer.wrap((answer + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException gone) {
            LOG.debug("An admin request ended early: {}", gone.getMessage());
        }
    }

    /** One line of at most 8 KiB, without its end; null when the peer sent none. */
    private static String readLine(SocketChannel channel) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer one = ByteBuffer.allocate(1);
        while (line.size() <= MAX_LINE) {
            one.clear();
            if (channel.read(one) < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            byte b = one.get(0);
            if (b == '\n') {
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
        }
        return null;
    }

    /** Sends one request to the portal listening at {@code socket}; empty when none listens there. */
    static Optional<String> request(Path socket, String line) {
        if (!Files.exists(socket)) {
            return Optional.empty();
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
            } catch (IOException nobodyListens) {
                return Optional.empty();
            }
            channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            String answer = readLine(channel);
            return Optional.of(answer == null ? "ERROR the portal closed the channel without answering" : answer);
        } catch (IOException e) {
            return Optional.of("ERROR " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // already closed
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.debug("The admin socket {} stays: {}", socket, e.getMessage());
        }
    }
}
