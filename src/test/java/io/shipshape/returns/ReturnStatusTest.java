package io.shipshape.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shipshape.shared.DomainException;
import io.shipshape.shared.ProblemType;
import org.junit.jupiter.api.Test;

/** The one parser of a return status parameter, used by the back-office filter and the API list alike. */
class ReturnStatusTest {

    @Test
    void parsesAnExactNameAndRefusesAnythingElseAsAnInvalidStatusParameter() {
        assertThat(ReturnStatus.parse("PARTIALLY_RECEIVED")).isEqualTo(ReturnStatus.PARTIALLY_RECEIVED);
        for (String bad : new String[] {"approved", "", " APPROVED", "CLOSED", null}) {
            DomainException e = catchThrowableOfType(DomainException.class, () -> ReturnStatus.parse(bad));
            assertThat(e).as(String.valueOf(bad)).isNotNull();
            assertThat(e.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
            assertThat(e.type().status()).isEqualTo(400);
            assertThat(e.properties()).containsEntry("parameter", "status");
        }
    }
}
