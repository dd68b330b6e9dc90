package com.fieldportal.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldportal.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** A slide leads to a page of the portal or to an https address, never to another site in disguise or to a script. */
class SlideLinkTest {

    @Test
    void portalPagesAndHttpsAddressesAreTaken() {
        assertThat(SlideLink.check(" /proposals.xhtml?show=PENDING ")).isEqualTo("/proposals.xhtml?show=PENDING");
        assertThat(SlideLink.check("https://www.example.com/spring?x=1")).isEqualTo("https://www.example.com/spring?x=1");
        assertThat(SlideLink.check("")).isNull();
        assertThat(SlideLink.check(null)).isNull();
    }

    @Test
    void otherSitesInDisguiseAndScriptsAreRefused() {
        for (String bad : new String[] {"//evil.example", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)",
                "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "http://www.example.com",
                "https://", "https://user:pass@example.com", "proposals.xhtml", "/proposals.xhtml\nSet-Cookie: x=1", "https://exa mple.com",
                "/" + "x".repeat(1000)}) {
            assertThatThrownBy(() -> SlideLink.check(bad)).as(bad).isInstanceOf(BusinessException.class);
        }
    }

    @Test
    void theConfigurationRefusesABadLinkWhereTheSlideIsSaved() {
        PortalConfiguration configuration = new PortalConfiguration();
        assertThatThrownBy(() -> configuration.addSlide("Offer", "Text", "//evil.example", null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("slide link");
    }
}
