package com.fieldportal.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Buttons carry white text on the brand colour; a light brand colour is darkened until that reads (WCAG AA). */
class BrandColorTest {

    @Test
    void aDarkBrandColourIsUsedAsItIs() {
        assertThat(BrandColor.readableWithWhite("#1f6f43")).isEqualTo("#1f6f43");
    }

    @Test
    void theThemesBlueAndALightGreenAreDarkenedToAtLeastFourAndAHalfToOne() {
        for (String light : new String[] {"#2196f3", "#8bc34a", "#ffffff", "#ffeb3b"}) {
            String button = BrandColor.readableWithWhite(light);
            assertThat(BrandColor.contrastWithWhite(BrandColor.rgb(button))).as(light + " -> " + button).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(BrandColor.contrastWithWhite(BrandColor.rgb("#2196f3"))).isLessThan(4.5);
    }

    @Test
    void onlyHexColoursAreColours() {
        assertThat(BrandColor.isValid("#1F6f43")).isTrue();
        assertThat(BrandColor.isValid("red;background:url(x)")).isFalse();
        assertThat(BrandColor.isValid("#1f6f4")).isFalse();
        assertThat(BrandColor.isValid(null)).isFalse();
    }
}
