package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Binding;
import com.google.inject.Guice;
import com.google.inject.Injector;
import io.partnerportal.adapters.persistence.PersistentStore;
import io.partnerportal.adapters.web.WebApp;
import io.partnerportal.core.port.out.InMemoryRateLimitCounter;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.RateLimitCounter;
import io.partnerportal.core.portal.CustomerPortal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The injector is built for every combination of store and mail without touching either. */
class WiringTest {

    @ParameterizedTest
    @CsvSource({"embedded,files", "embedded,smtp", "postgres,files", "postgres,smtp"})
    void theInjectorIsBuiltForEveryCombinationWithoutAnyIo(String store, String mail) {
        Map<String, String> env = new HashMap<>();
        env.put("PORTAL_DATA_DIR", "target/never-created");
        if (store.equals("postgres")) {
            // nothing listens on port 1: building the injector must not try to connect
            env.put("PORTAL_DB_URL", "jdbc:postgresql://127.0.0.1:1/nothing");
        }
        if (mail.equals("smtp")) {
            env.put("PORTAL_SMTP_HOST", "127.0.0.1");
            env.put("PORTAL_SMTP_PORT", "1");
        }
        PortalConfig config = PortalConfig.parse(env);
        Injector injector = Guice.createInjector(Main.modules(config));
        assertThat(injector.getBinding(PersistentStore.class)).isNotNull();
        assertThat(injector.getBinding(WebApp.class)).isNotNull();
        assertThat(injector.getBinding(CustomerPortal.class)).isNotNull();
        assertThat(injector.getBinding(PortalLifecycle.class)).isNotNull();
        assertThat(injector.getInstance(NotificationSender.class)).isNotNull();
        assertThat(new java.io.File("target/never-created")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({"embedded,false", "postgres,true"})
    void rateLimitsAreCountedInMemoryOnTheEmbeddedDatabaseAndInPostgresOtherwise(String store, boolean shared) {
        Map<String, String> env = new HashMap<>();
        env.put("PORTAL_DATA_DIR", "target/never-created");
        if (store.equals("postgres")) {
            env.put("PORTAL_DB_URL", "jdbc:postgresql://127.0.0.1:1/nothing");
        }
        Injector injector = Guice.createInjector(Main.modules(PortalConfig.parse(env)));
        Binding<RateLimitCounter> binding = injector.getBinding(RateLimitCounter.class);
        assertThat(binding.getSource().toString()).contains(shared ? "SharedRateLimitModule" : "InMemoryRateLimitModule");
        if (!shared) {
            assertThat(injector.getInstance(RateLimitCounter.class)).isInstanceOf(InMemoryRateLimitCounter.class);
        }
        assertThat(new java.io.File("target/never-created")).doesNotExist();
    }
}
