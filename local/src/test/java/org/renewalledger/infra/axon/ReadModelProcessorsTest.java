package org.renewalledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;
import org.renewalledger.query.ReadModelProcessors;

/** Every processing group of the query side runs in a shared processor, or stands alone on purpose. */
class ReadModelProcessorsTest {

    @Test
    void shouldAssignEveryQuerySideProcessingGroup_andNoGroupThatDoesNotExist() {
        Set<String> groups = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.renewalledger.query").stream()
                .filter(type -> type.isAnnotatedWith(ProcessingGroup.class))
                .map(ReadModelProcessorsTest::groupOf)
                .collect(Collectors.toSet());

        assertThat(groups).as("query-side processing groups").hasSize(11)
                .allMatch(group -> ReadModelProcessors.ASSIGNMENTS.containsKey(group) || ReadModelProcessors.STANDALONE.contains(group));
        assertThat(ReadModelProcessors.ASSIGNMENTS.keySet()).as("assigned groups").isSubsetOf(groups);
        assertThat(ReadModelProcessors.ASSIGNMENTS).as("search indexes run apart from the SQL read models")
                .allSatisfy((group, processor) -> assertThat(processor).isEqualTo(group.endsWith("-search")
                        ? ReadModelProcessors.SEARCH_INDEXES : ReadModelProcessors.READ_MODELS));
    }

    private static String groupOf(JavaClass type) {
        return (String) type.getAnnotationOfType(ProcessingGroup.class.getName()).get("value").orElseThrow();
    }
}
