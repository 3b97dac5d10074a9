package io.partnerportal.adapters.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMTP server for what GreenMail will not do: refuse a recipient or a message with the
 * reply a test chooses, or accept connections and never say a word. It keeps the messages it
 * accepted.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    private final ServerSocket server;
    private final Map<String, String> rcptReplies = new ConcurrentHashMap<>();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final List<Socket> silentConnections = new CopyOnWriteArrayList<>();
    private final AtomicInteger silentFor = new AtomicInteger();
    private volatile String greeting = "220 scripted ESMTP";
    private volatile String mailReply = "250 2.1.0 OK";
    private volatile String dataReply = "250 2.0.0 OK queued";

    private ScriptedSmtpServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptLoop, "scripted-smtp-" + server.getLocalPort());
        t.setDaemon(true);
        t.start();
    }

    static ScriptedSmtpServer start() {
        try {
            return new ScriptedSmtpServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String host() {
        return server.getInetAddress().getHostAddress();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The next {@code n} connections are accepted and then never answered. */
    ScriptedSmtpServer hangOnNextConnections(int n) {
        silentFor.set(n);
        return this;
    }

    ScriptedSmtpServer replyToRecipient(String address, String reply) {
        rcptReplies.put(address.toLowerCase(Locale.ROOT), reply);
        return this;
    }

    ScriptedSmtpServer replyToSender(String reply) {
        mailReply = reply;
        return this;
    }

    ScriptedSmtpServer replyToData(String reply) {
        dataReply = reply;
        return this;
    }

    ScriptedSmtpServer greet(String reply) {
        greeting = reply;
        return this;
    }

    /** The messages accepted so far, in order. */
    List<MimeMessage> accepted() {
        Session session = Session.getInstance(new Properties());
        return accepted.stream().map(raw -> {
            try {
                return new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                if (silentFor.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    silentConnections.add(s);
                    continue;
                }
                try (s) {
                    converse(s);
                }
            } catch (IOException closedOrBroken) {
                // the server is closing, or a client went away: serve the next one
            }
        }
    }

    private void converse(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = s.getOutputStream();
        reply(out, greeting);
        if (!greeting.startsWith("220")) {
            return;
        }
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT)
                    : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (command) {
                case "EHLO", "HELO" -> reply(out, "250 scripted");
                case "MAIL" -> reply(out, mailReply);
                case "RCPT" -> {
                    String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                    reply(out, rcptReplies.getOrDefault(address.toLowerCase(Locale.ROOT), "250 2.1.5 OK"));
                }
                case "DATA" -> {
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    StringBuilder message = new StringBuilder();
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        message.append(data.startsWith("..") ? data.substring(1) : data).append("\r\n");
                    }
                    if (dataReply.startsWith("250")) {
                        accepted.add(message.toString());
                    }
                    reply(out, dataReply);
                }
                case "RSET", "NOOP" -> reply(out, "250 OK");
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "502 5.5.2 not implemented");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : silentConnections) {
            s.close();
        }
    }
}
