package io.throughline.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

final class Ports {

    private Ports() {}

    /** Fails with a one-line reason when something already listens on {@code port}. */
    static void requireFree(int port, String owner) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new StartupFailure(
                    "port " + port + " (" + owner + ") is already in use — is Throughline already running?"
                            + " Stop whatever listens there and try again.");
        }
    }
}
