package io.partnerportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.testing.PortalFixture;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * V7: a store {@link PersistentStore#begin begun} opens on a thread of its own: the object is there at
 * once, its ports wait until the schema step is done, and {@code awaitOpen} throws what opening threw.
 */
class BegunStoreTest {

    @Test
    void V7_aBegunStoreIsUsableAtOnceItsPortsWaitingUntilItHasOpened() {
        try (PersistentStore store = PersistentStore.begin(TestDatabases.h2Settings(
                "jdbc:h2:mem:begun-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"))) {
            // asked before awaitOpen: the port waits for the pool and the migrations, then answers
            PortalFixture fx = PortalFixture.on("2026-12-08", store.storage());
            fx.partner("Begun Reseller");

            store.awaitOpen();
            assertThat(store.isReady()).isTrue();
            assertThat(store.isSchemaCurrent()).isTrue();
            assertThat(store.storage().partners().all()).extracting(p -> p.name().value())
                    .containsExactly("Begun Reseller");
        }
    }

    @Test
    void V7_whatOpeningThrewIsThrownByAwaitOpenAsOpenThrowsIt() {
        // nothing listens on port 1 of the loopback address: the connection is refused at once
        PersistenceSettings unreachable = new PersistenceSettings("jdbc:postgresql://127.0.0.1:1/portal", "postgres",
                null, 2, Duration.ofSeconds(3));
        Throwable byOpen = org.assertj.core.api.Assertions.catchThrowable(() -> PersistentStore.open(unreachable));
        assertThat(byOpen).isNotNull();

        PersistentStore begun = PersistentStore.begin(unreachable);
        assertThatThrownBy(begun::awaitOpen).isInstanceOf(byOpen.getClass()).hasMessage(byOpen.getMessage());
        assertThatThrownBy(begun::isSchemaCurrent).isInstanceOf(byOpen.getClass());
        assertThat(begun.isReachable()).isFalse();
        assertThat(begun.isReady()).isFalse();
        begun.close(); // closing a store that never opened lets go of what it began, and throws nothing
    }
}
