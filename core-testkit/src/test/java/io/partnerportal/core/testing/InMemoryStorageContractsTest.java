package io.partnerportal.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.contract.StorageContract;
import io.partnerportal.core.testing.contract.StorageContracts;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every driven port's contract on the in-memory fakes, as an embedder's store runs them. */
class InMemoryStorageContractsTest extends StorageContracts {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }

    @Test
    void L2_theSuiteRunsEveryContractOfAStoresPorts() throws IOException, URISyntaxException {
        Path contracts = Path.of(StorageContract.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(StorageContract.class.getPackageName().replace('.', '/'));
        List<Class<?>> inSuite = Arrays.stream(StorageContracts.class.getDeclaredClasses())
                .<Class<?>>map(Class::getSuperclass).toList();
        List<String> everyContract;
        try (Stream<Path> files = Files.list(contracts)) {
            everyContract = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Contract.class"))
                    .map(n -> StorageContract.class.getPackageName() + "." + n.replace(".class", ""))
                    .map(InMemoryStorageContractsTest::load)
                    .filter(c -> StorageContract.class.isAssignableFrom(c) && c != StorageContract.class)
                    .map(Class::getName).sorted().toList();
        }
        assertThat(everyContract).isNotEmpty();
        assertThat(inSuite.stream().map(Class::getName).sorted().toList()).containsExactlyElementsOf(everyContract);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
