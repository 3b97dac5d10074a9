package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.partner.PartnerOperations;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** Stopping the server refuses new requests and lets the ones in flight finish (SIGTERM in the app). */
class GracefulStopTest {

    @Test
    void aRequestInFlightWhenTheServerStopsStillGetsItsAnswer() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TestApi api = TestApi.start(ports -> new WebPorts(slowListing(ports.partnerOperations(), entered, release),
                ports.supportOperations(), ports.apiAuthentication(), ports.idempotency(), ports.customerPortal(),
                ports.signIn(), ports.devMailbox(), ports.partnerIntegrations()), settings -> settings);
        TestApi.Partner partner = api.partner("Reseller");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        int port = api.app.port();
        URI list = URI.create("http://localhost:" + port + "/api/v1/subscriptions");

        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest.newBuilder(list)
                .header("Authorization", "Bearer " + partner.key()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(api.app::stop);

        // new connections are refused while the request in flight is still being answered
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        boolean refused = false;
        while (!refused && System.nanoTime() < deadline) {
            try {
                HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build()
                        .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                                .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                refused = true;
            }
        }
        assertThat(refused).as("new requests are refused once stopping began").isTrue();
        // the server keeps waiting for the request in flight, well past the idle connections' grace
        long holdUntil = System.nanoTime() + WebApp.SHUTDOWN_IDLE_TIMEOUT.toNanos() + TimeUnit.MILLISECONDS.toNanos(500);
        while (System.nanoTime() < holdUntil) {
            assertThat(stopping).isNotDone();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }

        release.countDown();
        HttpResponse<String> answer = inFlight.get(20, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"items\"");
        stopping.get(20, TimeUnit.SECONDS);
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(IOException.class);
    }

    /** The partner operations, with the listing held until {@code release}. */
    private static PartnerOperations slowListing(PartnerOperations real, CountDownLatch entered,
                                                 CountDownLatch release) {
        return (PartnerOperations) Proxy.newProxyInstance(PartnerOperations.class.getClassLoader(),
                new Class<?>[]{PartnerOperations.class}, (proxy, method, args) -> {
                    if (method.getName().equals("subscriptions")) {
                        entered.countDown();
                        release.await(30, TimeUnit.SECONDS);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
