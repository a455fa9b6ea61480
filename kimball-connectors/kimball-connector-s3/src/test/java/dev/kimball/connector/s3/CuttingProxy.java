package dev.kimball.connector.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP forwarder in front of a real server that breaks one connection, once, after it has carried a number of response
 * bytes: a network reset in the middle of a download, with everything else real. Also counts the response bytes it
 * carried, to show how much a client actually downloaded.
 */
final class CuttingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final URI target;
    private final long cutAfter;
    private final AtomicBoolean cut = new AtomicBoolean();
    private final AtomicInteger connections = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong responseBytes = new java.util.concurrent.atomic.AtomicLong();

    CuttingProxy(URI target, long cutAfter) throws IOException {
        this.target = target;
        this.cutAfter = cutAfter;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "cutting-proxy");
        t.setDaemon(true);
        t.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    boolean hasCut() {
        return cut.get();
    }

    int connections() {
        return connections.get();
    }

    /** Response bytes carried to clients so far. */
    long responseBytes() {
        return responseBytes.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                connections.incrementAndGet();
                Socket upstream = new Socket(target.getHost(), target.getPort());
                pump(client.getInputStream(), upstream.getOutputStream(), client, upstream, false);
                pump(upstream.getInputStream(), client.getOutputStream(), client, upstream, true);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void pump(InputStream in, OutputStream out, Socket a, Socket b, boolean responses) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16 * 1024];
            long carried = 0;
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    out.write(buf, 0, n);
                    carried += n;
                    if (responses) {
                        responseBytes.addAndGet(n);
                    }
                    if (responses && carried > cutAfter && cut.compareAndSet(false, true)) {
                        break;
                    }
                }
            } catch (IOException e) {
                // the other side closed
            } finally {
                closeQuietly(a);
                closeQuietly(b);
            }
        }, "cutting-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
