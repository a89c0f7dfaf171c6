package io.shipshape.reporting;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void quotesFieldsWithSeparatorsAndDefusesFormulas() {
        String csv = Csv.of(List.of("a", "b"), List.of(List.of("x,y", "say \"hi\""), List.of("=SUM(A1)", -5)));
        assertThat(csv).isEqualTo("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n'=SUM(A1),-5\r\n");
    }
}
