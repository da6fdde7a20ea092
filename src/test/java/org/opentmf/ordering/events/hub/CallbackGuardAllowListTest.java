package org.opentmf.ordering.events.hub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

class CallbackGuardAllowListTest {

    @Test
    void matchesExactHostsAndSubDomainWildcards() {
        List<String> allow = List.of("hooks.example.com", "*.crm.example.net");
        assertTrue(CallbackGuard.allowed("hooks.example.com", allow));
        assertTrue(CallbackGuard.allowed("eu.crm.example.net", allow));
        assertFalse(CallbackGuard.allowed("crm.example.net", allow));
        assertFalse(CallbackGuard.allowed("evil-crm.example.net", allow));
        assertFalse(CallbackGuard.allowed("127.0.0.1", allow));
        assertTrue(CallbackGuard.allowed("anything", List.of("*")));
    }

    @Test
    void alwaysRefusesLinkLocalAndMetadataAddresses() throws Exception {
        assertTrue(CallbackGuard.forbidden(InetAddress.getByName("169.254.169.254")));
        assertTrue(CallbackGuard.forbidden(InetAddress.getByName("fd00:ec2::254")));
        assertTrue(CallbackGuard.forbidden(InetAddress.getByName("fe80::1")));
        assertFalse(CallbackGuard.forbidden(InetAddress.getByName("127.0.0.1")));
        assertFalse(CallbackGuard.forbidden(InetAddress.getByName("10.1.2.3")));
    }
}
