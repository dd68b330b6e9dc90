package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The app server as server-config/payara.sh provisions it for an IT department (the test server is provisioned so too). */
@ExtendWith(ArquillianExtension.class)
class ServerHardeningIT {

    private static final Path SERVER = Path.of(System.getProperty("portal.server.dir"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @Test
    void theAdminRestApiRefusesCallsWithoutTheAdminPassword() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:4848/management/domain")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void administrationListensOnThisMachineOnly() throws Exception {
        List<InetAddress> outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).toList();
        for (InetAddress address : outside) {
            assertThat(canConnect(address, 8080)).as("the portal itself on %s", address).isTrue();
            for (int port : new int[] {4848, 8686, 3700, 4900, 7676}) {
                assertThat(canConnect(address, port)).as("port %d on %s", port, address).isFalse();
            }
        }
        assertThat(canConnect(InetAddress.getLoopbackAddress(), 4848)).isTrue();
    }

    @Test
    void nothingTheProvisioningWroteIsReadableByOtherUsers() throws IOException {
        List<Path> readable;
        try (Stream<Path> files = Files.walk(SERVER)) {
            readable = files.filter(path -> {
                try {
                    var permissions = Files.getPosixFilePermissions(path);
                    return permissions.contains(PosixFilePermission.OTHERS_READ) || permissions.contains(PosixFilePermission.GROUP_READ);
                } catch (IOException e) {
                    return false;
                }
            }).limit(10).toList();
        }
        assertThat(readable).as("readable by others under " + SERVER).isEmpty();
        assertThat(Files.readString(SERVER.resolve("admin-password"))).startsWith("AS_ADMIN_PASSWORD=").hasSizeGreaterThan(30);
    }

    @Test
    void theAdminPasswordIsInNoLog() throws IOException {
        String password = Files.readString(SERVER.resolve("admin-password")).strip().substring("AS_ADMIN_PASSWORD=".length());
        try (Stream<Path> logs = Files.walk(SERVER).filter(p -> p.getFileName().toString().endsWith(".log"))) {
            for (Path log : logs.toList()) {
                assertThat(Files.readString(log)).as(log.toString()).doesNotContain(password);
            }
        }
    }

    private static boolean canConnect(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
