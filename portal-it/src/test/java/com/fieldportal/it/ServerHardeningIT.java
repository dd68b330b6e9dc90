package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The app server as server-config/payara.sh (or wildfly.sh) provisions it for an IT department (the test server is
 * provisioned so too).
 */
@ExtendWith(ArquillianExtension.class)
class ServerHardeningIT {

    private static final Path SERVER = Path.of(System.getProperty("portal.server.dir"));

    /** Where each server is administered: its management API, the ports of administration, the password's file. */
    private record Administration(String api, int port, int[] ports, String passwordFile, String passwordPrefix) {
    }

    private static final Administration ADMINISTRATION = "wildfly".equals(System.getProperty("arquillian.launch"))
            ? new Administration("http://127.0.0.1:9990/management", 9990, new int[] {9990, 9993}, "wildfly-admin-password", "")
            : new Administration("http://127.0.0.1:4848/management/domain", 4848, new int[] {4848, 8686, 3700, 4900, 7676},
                    "admin-password", "AS_ADMIN_PASSWORD=");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @Test
    void theAdminRestApiRefusesCallsWithoutTheAdminPassword() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(ADMINISTRATION.api())).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    /** What the kernel says listens (/proc/net/tcp and tcp6): administration on a loopback address only. */
    @Test
    void administrationListensOnThisMachineOnly() throws IOException {
        Map<Integer, List<String>> listening = new HashMap<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table)).subList(1, Files.readAllLines(Path.of(table)).size())) {
                String[] columns = line.trim().split("\\s+");
                if (columns[3].equals("0A")) {
                    String[] local = columns[1].split(":");
                    listening.computeIfAbsent(Integer.parseInt(local[1], 16), port -> new ArrayList<>()).add(local[0]);
                }
            }
        }
        assertThat(listening).containsKeys(8080, ADMINISTRATION.port());
        for (int port : ADMINISTRATION.ports()) {
            assertThat(listening.getOrDefault(port, List.of())).as("addresses listening on port %d", port).allMatch(ServerHardeningIT::isLoopback);
        }
        assertThat(listening.get(8080)).as("the portal itself faces the network").anyMatch(address -> !isLoopback(address));
    }

    /** 127.0.0.1, ::1 or ::ffff:127.0.0.1 as /proc/net writes them. */
    private static boolean isLoopback(String hex) {
        return hex.equals("0100007F") || hex.equals("00000000000000000000000001000000") || hex.equals("0000000000000000FFFF00000100007F");
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
        assertThat(Files.readString(SERVER.resolve(ADMINISTRATION.passwordFile()))).startsWith(ADMINISTRATION.passwordPrefix())
                .hasSizeGreaterThan(ADMINISTRATION.passwordPrefix().length() + 30);
    }

    @Test
    void theAdminPasswordIsInNoLog() throws IOException {
        String password = Files.readString(SERVER.resolve(ADMINISTRATION.passwordFile())).strip()
                .substring(ADMINISTRATION.passwordPrefix().length());
        try (Stream<Path> logs = Files.walk(SERVER).filter(p -> p.getFileName().toString().endsWith(".log"))) {
            for (Path log : logs.toList()) {
                assertThat(Files.readString(log)).as(log.toString()).doesNotContain(password);
            }
        }
    }

}
