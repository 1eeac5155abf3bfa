package org.renewalledger.local.demo;

import java.util.List;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tokens for the demo users, for the local stack only (it exists only while the demo issuer is on: DemoConfiguration).
 * {@code Accept: text/plain} answers the bare token, handy in shell scripts.
 */
@RestController
@RequestMapping("/local")
class DemoTokenController {

    private final DemoTokenIssuer issuer;

    DemoTokenController(DemoTokenIssuer issuer) {
        this.issuer = issuer;
    }

    @GetMapping("/users")
    List<DemoUser> users() {
        return DemoUsers.ALL;
    }

    @PostMapping(path = "/tokens/{username}", produces = MediaType.APPLICATION_JSON_VALUE)
    DemoTokenIssuer.IssuedToken token(@PathVariable String username) {
        return issuer.issue(user(username));
    }

    @PostMapping(path = "/tokens/{username}", produces = MediaType.TEXT_PLAIN_VALUE)
    String rawToken(@PathVariable String username) {
        return issuer.issue(user(username)).accessToken();
    }

    private static DemoUser user(String username) {
        return DemoUsers.find(username).orElseThrow(() -> new DomainException(ErrorCode.VALIDATION_FAILED,
                "No demo user " + username + "; GET /local/users lists them", "username"));
    }
}
