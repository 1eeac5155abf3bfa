package org.renewalledger.infra.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the service where to find it, once it is really ready. */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            String url = "http://localhost:" + web.getWebServer().getPort();
            log.info("""

                    ==> Renewal Ledger is up at {}
                        API docs:     {}/swagger-ui.html
                        Health:       {}/actuator/health
                    """, url, url, url);
        }
    }
}
