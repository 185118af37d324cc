package org.hyoka.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Whether another process has the H2 file database open right now. With AUTO_SERVER=TRUE the process
 * that opened it first serves it to the others, and its lock file names the port. The server must not
 * become such a guest of a short-lived command (an import): when the command ends, the server's
 * connections break. A lock file whose port no longer answers is left over from a killed process;
 * H2 takes it over.
 */
final class H2Holder {

    /** The lock file H2 keeps next to {@code hyoka.mv.db}, the file spring.datasource.url names. */
    private static final String LOCK_FILE = "hyoka.lock.db";

    private H2Holder() {
    }

    static boolean otherProcessHolds(Path dataDir) {
        Path lock = dataDir.resolve(LOCK_FILE);
        if (!Files.isRegularFile(lock)) {
            return false;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(lock)) {
            properties.load(in);
        } catch (IOException unreadable) {
            return false; // H2 itself will say what is wrong with it
        }
        String server = properties.getProperty("server", "");
        int colon = server.lastIndexOf(':');
        if (colon < 0) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.substring(0, colon),
                    Integer.parseInt(server.substring(colon + 1))), 2000);
            return true;
        } catch (IOException | IllegalArgumentException notServing) {
            return false;
        }
    }
}
