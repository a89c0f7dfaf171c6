package io.shipshape.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.shipshape.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The webhook target rule with {@code allowed-targets}: listed ranges and host names pass, the rest stays refused. */
class TargetPolicyTest {

    @Test
    void theListLetsOnlyItsRangesAndHostsThrough() {
        TargetPolicy policy = new TargetPolicy(false, List.of("127.0.0.0/8", "::1", "10.20.0.0/16", "hooks.internal"));
        assertThat(policy.check("http://127.0.0.1:8080/hook").getHost()).isEqualTo("127.0.0.1");
        assertThat(policy.check("http://127.9.9.9/hook")).isNotNull();
        assertThat(policy.check("http://[::1]:9000/hook")).isNotNull();
        assertThat(policy.check("https://10.20.255.1/hook")).isNotNull();
        assertThat(policy.check("https://HOOKS.internal/hook")).isNotNull(); // by name, no look-up needed
        for (String refused : List.of("https://10.21.0.1/hook", "http://192.168.0.10/hook",
                "http://169.254.169.254/latest/meta-data", "http://[fd00::1]/hook", "http://100.64.0.1/hook",
                "http://0.0.0.0/")) {
            assertThatThrownBy(() -> policy.check(refused)).as(refused).isInstanceOf(DomainException.class);
        }
    }

    @Test
    void withoutAListEveryPrivateTargetIsRefusedAndTheSwitchAllowsAll() {
        assertThatThrownBy(() -> new TargetPolicy(false, List.of()).check("http://127.0.0.1/hook"))
                .isInstanceOf(DomainException.class);
        assertThat(new TargetPolicy(true, List.of()).check("http://192.168.0.10/hook")).isNotNull();
    }

    @Test
    void prefixesAreMatchedBitByBit() {
        TargetPolicy.Cidr cidr = TargetPolicy.Cidr.parse("172.16.0.0/12");
        assertThat(cidr.contains(address("172.31.255.255"))).isTrue();
        assertThat(cidr.contains(address("172.32.0.1"))).isFalse();
        assertThat(cidr.contains(address("::1"))).isFalse(); // another family never matches
        assertThat(TargetPolicy.Cidr.parse("fd00::/8").contains(address("fd12::5"))).isTrue();
        assertThatThrownBy(() -> TargetPolicy.Cidr.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }

    static java.net.InetAddress address(String literal) {
        try {
            return java.net.InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
